// Decoding: the bytes are generated here (no binaries committed). Offsets must slice exactly
// whatever the encoding and line ends.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, readSourceFile, segmentText } from '../../src/corpus/index.js';
import { InputError, type Audit } from '../../src/types/index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}
function utf16be(s: string): Uint8Array {
  const le = utf16le(s);
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}
const cat = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

const VI = 'Tổng chi phí vận hành của Meta đã tăng khoảng 9% trong năm nay.\nTuần…';

function inputError(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('decode', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decode(utf8(VI), 'vi.txt')).toEqual({ text: VI, encoding: 'utf-8' });
  });

  it('drops a UTF-8 BOM and says so', () => {
    expect(decode(cat([0xef, 0xbb, 0xbf], utf8(VI)), 'vi.txt')).toEqual({ text: VI, encoding: 'utf-8-bom' });
  });

  it('keeps a zero-width no-break space that is not at the start', () => {
    expect(decode(utf8('a\ufeffb'), 'x.txt').text).toBe('a\ufeffb');
  });

  it('reads UTF-16 LE and BE with BOM', () => {
    expect(decode(cat([0xff, 0xfe], utf16le(VI)), 'vi.txt')).toEqual({ text: VI, encoding: 'utf-16le' });
    expect(decode(cat([0xfe, 0xff], utf16be(VI)), 'vi.txt')).toEqual({ text: VI, encoding: 'utf-16be' });
  });

  it('recognises BOM-less UTF-16 from the NUL pattern of mostly-ASCII text', () => {
    const en = 'Meta’s total operating costs have grown about 9 percent this year.\n';
    expect(decode(utf16le(en), 'en.txt')).toEqual({ text: en, encoding: 'utf-16le-nobom' });
    expect(decode(utf16be(en), 'en.txt')).toEqual({ text: en, encoding: 'utf-16be-nobom' });
  });

  it('keeps CRLF and CR line ends so sentence offsets slice the decoded text exactly', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = `Mr. Smith went to Washington. He met Dr. Jones.${eol}${eol}The U.S. Senate voted.${eol}`;
      const { text: decoded } = decode(utf8(text), 'en.txt');
      expect(decoded).toBe(text);
      const { sentences, paragraphs } = segmentText(decoded, 'en', { detectParagraphs: false });
      expect(sentences.map((s) => s.text)).toEqual(['Mr. Smith went to Washington.', 'He met Dr. Jones.', 'The U.S. Senate voted.']);
      for (const s of sentences) expect(decoded.slice(s.start, s.end)).toBe(s.text);
      expect(paragraphs.map((p) => decoded.slice(p.start, p.end))).toEqual([
        'Mr. Smith went to Washington. He met Dr. Jones.',
        'The U.S. Senate voted.',
      ]);
    }
  });

  it('decodes Latin-1 (windows-1252) when the bytes are not UTF-8 but all printable', () => {
    // "Les coûts d’exploitation … ont augmenté" saved by a Windows editor: û = 0xFB, ’ = 0x92, é = 0xE9.
    const bytes = cat(utf8('Les co'), [0xfb], utf8('ts d'), [0x92], utf8('exploitation ont augment'), [0xe9], utf8('.'));
    expect(decode(bytes, 'fr.txt')).toEqual({ text: 'Les coûts d’exploitation ont augmenté.', encoding: 'latin-1' });
    // 0x80–0x9F are windows-1252 punctuation, not C1 controls: “40 €”.
    expect(decode(Uint8Array.from([0x93, 0x34, 0x30, 0x20, 0x80, 0x94]), 'fr.txt').text).toBe('“40 €”');
  });

  it('refuses invalid UTF-8 that is not plausible Latin-1 (undefined windows-1252 byte)', () => {
    const e = inputError(() => decode(cat(utf8('Nguy'), [0xe1, 0xbb], utf8('n '), [0x81]), 'vi.txt'));
    expect(e.message).toMatch(/^vi\.txt: not valid UTF-8 \(byte 0xe1 at offset 4\) and not Latin-1 text/);
  });

  it('refuses binary data: PNG, NUL bytes, control characters', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
    expect(inputError(() => decode(Uint8Array.from(png), 'logo.txt')).message).toBe('logo.txt: binary file (PNG image), not text');
    expect(inputError(() => decode(cat(utf8('abc'), [0], utf8('def ghi jkl')), 'x.txt')).message).toMatch(/binary file \(NUL bytes\)/);
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 8) : 0x61));
    expect(inputError(() => decode(controls, 'x.txt')).message).toMatch(/binary file \(\d+ control characters/);
  });

  it('tolerates a single stray control character in a long text (a DOS end-of-file ^Z)', () => {
    const text = `${'Meta expects to spend as much as $40 billion in capital this year. '.repeat(3)}\u001a`;
    expect(decode(utf8(text), 'en.txt').text).toBe(text);
  });

  it('refuses empty and white-space-only files', () => {
    expect(inputError(() => decode(new Uint8Array(0), 'en.txt')).message).toBe('en.txt: file is empty');
    expect(inputError(() => decode(utf8(' \n\r\n\t '), 'en.txt')).message).toBe('en.txt: file is empty (white space only)');
    expect(inputError(() => decode(Uint8Array.from([0xef, 0xbb, 0xbf]), 'en.txt')).message).toMatch(/is empty/);
  });
});

describe('readSourceFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-corpus-'));

  it('reads a file and tells Markdown from text by extension', () => {
    writeFileSync(join(dir, 'article.fr.md'), '# Titre\n\nTexte.');
    writeFileSync(join(dir, 'vi.txt'), cat([0xef, 0xbb, 0xbf], utf8(VI)));
    expect(readSourceFile(join(dir, 'article.fr.md'))).toMatchObject({ format: 'markdown', encoding: 'utf-8', text: '# Titre\n\nTexte.' });
    expect(readSourceFile(join(dir, 'vi.txt'))).toMatchObject({ format: 'text', encoding: 'utf-8-bom', text: VI });
  });

  it('turns a missing file and a directory into one-line InputErrors', () => {
    const missing = join(dir, 'nope.txt');
    expect(inputError(() => readSourceFile(missing)).message).toBe(`${missing}: no such file`);
    mkdirSync(join(dir, 'sub'));
    expect(inputError(() => readSourceFile(join(dir, 'sub'))).message).toBe(`${join(dir, 'sub')}: is a directory, not a file`);
  });
});

describe('decomposed text (NFD)', () => {
  const vi = readFileSync('corpus/llama-gpu-cluster/vi.txt', 'utf8');

  it('is read composed: the same text as its NFC form', () => {
    const nfd = vi.normalize('NFD');
    expect(nfd).not.toBe(vi);
    expect(decode(utf8(nfd), 'vi.txt').text).toBe(vi.normalize('NFC'));
    // Already composed text is returned as it is (no copy).
    expect(decode(utf8(vi), 'vi.txt').text).toBe(vi);
  });

  it('gives the audit of the composed article (it gave five false findings: a "Yoruba" paragraph, "40 tỷ USD" read as 40…)', () => {
    const audit = (dir: string) =>
      (JSON.parse(execFileSync(process.execPath, ['bin/tqc.js', 'check', dir, '--format', 'json', '--fail-on', 'none', '--quiet'], { encoding: 'utf8' })) as Audit).documents[0].targets.map((t) =>
        t.findings.map((f) => `${f.check}: ${f.message.replace(dir, '')}`),
      );
    const make = (form: 'NFC' | 'NFD') => {
      const dir = mkdtempSync(join(tmpdir(), `tqc-${form}-`));
      for (const n of ['en.txt', 'fr.txt', 'vi.txt']) writeFileSync(join(dir, n), readFileSync(`corpus/llama-gpu-cluster/${n}`, 'utf8').normalize(form));
      return dir;
    };
    expect(audit(make('NFD'))).toEqual(audit(make('NFC')));
  });
});
