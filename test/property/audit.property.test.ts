// Properties of the whole audit (auditDocumentSet with the default configuration) over generated
// documents (fast-check; runs per property in the names).
//  3. Removing sentences from a translation yields omission findings (and, for a trailing run,
//     truncation) whose source spans cover exactly the removed sentences.
//  5. Every finding span slices to its text: for {segments: [a, b], start, end, text},
//     file.slice(seg[a].start + start, seg[b].start + end) === text, on files with CRLF, a BOM,
//     Markdown, NBSP, combining marks and emoji.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, documentFromFile, segmentText } from '../../src/corpus/index.js';
import { auditDocumentSet } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import type { AuditDocument, AuditDocumentVersion, Document, SourceFile, Span } from '../../src/types/index.js';
import { DRESSINGS, distinctSentences, paragraphs, sentence, type Dressing } from './generate.js';

function doc(lang: string, text: string, path = `${lang}.txt`): Document {
  const { paragraphs: paras, sentences } = segmentText(text, lang);
  return { file: { path, text, encoding: 'utf-8', format: 'text' }, lang, langFrom: 'name', paragraphs: paras, sentences };
}

/** Source sentence indices covered by the source spans of `checks` findings. */
function coveredSources(audit: AuditDocument, checks: string[]): number[] {
  const out = new Set<number>();
  for (const f of audit.targets[0].findings) {
    if (!checks.includes(f.check) || !f.source) continue;
    for (let i = f.source.segments[0]; i <= f.source.segments[1]; i++) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

describe('audit properties', () => {
  // Inside a paragraph the aligner may absorb a dropped sentence into a 2-1 bead with its
  // neighbour (a merge costs less than an unmatched sentence); the omission check then finds it
  // inside the merged bead by its absent anchors and the missing length ("New 1274 long about
  // welcomed …" dropped before a 150-character sentence). So the exact property holds both with
  // one sentence per line and with sentences inside paragraphs — for drops of up to a quarter of
  // the document. Drop half of six sentences and a 3-1 bead is 32 % of its expected length: that is
  // truncation's "cut short" by design, whose span covers the bead; 3b covers any drop.
  const arb3 = fc
    .record({
      count: fc.integer({ min: 6, max: 30 }),
      seed: fc.array(fc.nat(1000), { minLength: 5, maxLength: 5 }),
      drops: fc.uniqueArray(fc.nat(29), { minLength: 1, maxLength: 4 }),
      perLine: fc.boolean(),
    })
    .filter(({ count, drops }) => drops.every((d) => d < count) && drops.length < count - 2);

  function dropAndAudit(count: number, seed: number[], drops: number[], perLine: boolean) {
    const sents = distinctSentences('en', count, seed);
    const kept = sents.filter((_, i) => !drops.includes(i));
    const join = (list: string[]) => list.join(perLine ? '\n' : ' ');
    // Same language on both sides: identical kept sentences are the strongest possible
    // translation, so any other omission would be the aligner's or the check's error.
    const audit = auditDocumentSet({ name: 'p3', source: doc('en', join(sents)), targets: [doc('en', join(kept), 'en-copy.txt')], aligned: false }, defaultConfig());
    expect(audit.source.sentences.length).toBe(count);
    return { sents, audit, dropped: [...drops].sort((a, b) => a - b) };
  }

  it('3. dropped sentences are exactly the omissions, one per line or inside paragraphs (120 runs; a trailing run may be truncation)', () => {
    fc.assert(
      fc.property(arb3.filter(({ count, drops }) => drops.length * 4 <= count), ({ count, seed, drops, perLine }) => {
        const { audit, dropped } = dropAndAudit(count, seed, drops, perLine);
        expect(coveredSources(audit, ['omission', 'truncation'])).toEqual(dropped);
        // Dropped-sentence findings cover whole sentences.
        for (const f of audit.targets[0].findings.filter((x) => x.check === 'omission' || x.check === 'truncation')) {
          expect(f.source!.start).toBe(0);
          expect(f.source!.end).toBe(audit.source.sentences[f.source!.segments[1]].text.length);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('3b. any drop: nothing kept is called omitted, and every dropped sentence has a finding (120 runs)', () => {
    fc.assert(
      fc.property(arb3, ({ count, seed, drops, perLine }) => {
        const { audit, dropped } = dropAndAudit(count, seed, drops, perLine);
        for (const i of coveredSources(audit, ['omission', 'truncation'])) expect(dropped).toContain(i);
        const any = coveredSources(audit, ['omission', 'truncation', 'number']);
        for (const d of dropped) expect(any).toContain(d);
      }),
      { numRuns: 120 },
    );
  });

  // ---- 5. offsets ----

  /** A file as tqc reads it: bytes (with a BOM when asked) through decode(). */
  function file(path: string, text: string, bom: boolean): SourceFile {
    const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
    const d = decode(bytes, path);
    return { path, text: d.text, encoding: d.encoding, format: path.endsWith('.md') ? 'markdown' : 'text' };
  }

  function spanProblems(span: Span | null, version: AuditDocumentVersion, text: string, what: string): string[] {
    if (!span) return [];
    const [a, b] = span.segments;
    const seg = version.sentences;
    if (!seg[a] || !seg[b] || a > b) return [`${what}: segments ${a}..${b} out of 0..${seg.length - 1}`];
    const sliced = text.slice(seg[a].start + span.start, seg[b].start + span.end);
    return sliced === span.text ? [] : [`${what}: slice ${JSON.stringify(sliced)} ≠ text ${JSON.stringify(span.text)}`];
  }

  const markdownify = (paras: string[][]): string =>
    paras
      .map((p, k) => {
        const body = p.join(' ').replace(/ (\w{6,}) /, ' **$1** ').replace(/ (\w{5}) /, ' [$1](https://example.com/$1) ').replace(/ (\w{4}) /, ' `$1` ');
        return k === 0 ? `# ${body}` : k % 3 === 1 ? `- ${body}` : body;
      })
      .join('\n\n');

  it('5. finding spans slice to their text: CRLF, BOM, Markdown, NBSP, combining marks, emoji (80 runs)', () => {
    const dressing = fc.subarray(Object.keys(DRESSINGS) as Dressing[]);
    const arb = fc.record({
      src: paragraphs('en', 6),
      // The translation: the source's sentences with edits every check reacts to.
      edits: fc.array(fc.constantFrom('keep', 'drop', 'number', 'double', 'add', 'cut', 'repeat-word'), { minLength: 40, maxLength: 40 }),
      extra: sentence('fr'),
      dressing,
      crlf: fc.boolean(),
      bom: fc.boolean(),
      markdown: fc.boolean(),
      tlang: fc.constantFrom('fr', 'vi', 'de'),
    });
    let findings = 0;
    fc.assert(
      fc.property(arb, ({ src, edits, extra, dressing: dress, crlf, bom, markdown, tlang }) => {
        let k = 0;
        const tgt = src.map((p) =>
          p.flatMap((s) => {
            const e = edits[k++ % edits.length];
            if (e === 'drop') return [];
            if (e === 'number') return [s.replace(/\d+/, (d) => `${Number(d) * 10}`)];
            if (e === 'double') return [s, s];
            if (e === 'add') return [s, extra];
            if (e === 'cut') return [`${s.slice(0, Math.max(3, s.length >> 2))}…`];
            if (e === 'repeat-word') return [s.replace(/ (\w+) /, ' $1 $1 ')];
            return [s];
          }),
        ).filter((p) => p.length > 0);
        fc.pre(tgt.length > 0);
        const dressAll = (t: string) => dress.reduce((acc, d) => DRESSINGS[d](acc), t);
        const render = (paras: string[][]) => {
          const t = dressAll(markdown ? markdownify(paras) : paras.map((p) => p.join(' ')).join('\n'));
          return crlf ? t.replace(/\n/g, '\r\n') : t;
        };
        const ext = markdown ? 'md' : 'txt';
        const source = documentFromFile(file(`en.${ext}`, render(src), bom));
        const target = documentFromFile(file(`${tlang}.${ext}`, render(tgt), bom));
        const audit = auditDocumentSet({ name: 'p5', source, targets: [target], aligned: false }, defaultConfig());
        const problems: string[] = [];
        for (const [v, d] of [[audit.source, source], [audit.targets[0], target]] as const) {
          for (const s of v.sentences) if (d.file.text.slice(s.start, s.end) !== s.text) problems.push(`sentence ${s.start}-${s.end} text differs from its slice`);
        }
        for (const f of audit.targets[0].findings) {
          findings++;
          problems.push(...spanProblems(f.target, audit.targets[0], target.file.text, `${f.check} target`));
          problems.push(...spanProblems(f.source, audit.source, source.file.text, `${f.check} source`));
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 80 },
    );
    // The generated edits do produce findings to check (over 200 before checks that flag the same
    // text were merged into one finding per problem; 134 after).
    expect(findings).toBeGreaterThan(100);
  });

  it('5b. the same with --aligned input, where segments are lines (40 runs)', () => {
    fc.assert(
      fc.property(fc.array(sentence('en'), { minLength: 1, maxLength: 20 }), fc.subarray(Object.keys(DRESSINGS) as Dressing[]), fc.boolean(), (lines, dress, crlf) => {
        const eol = crlf ? '\r\n' : '\n';
        const dressAll = (t: string) => dress.reduce((acc, d) => DRESSINGS[d](acc), t);
        const src = dressAll(lines.join(eol));
        // An empty line is a missing translation; never the last (a trailing line end ends no line).
        const tgt = dressAll(lines.map((l, i) => (i % 3 === 1 && i < lines.length - 1 ? '' : i % 3 === 2 ? l.replace(/\d+/, '7') + ' ' + l : l)).join(eol));
        const source = doc('en', src);
        const target = doc('fr', tgt);
        const audit = auditDocumentSet({ name: 'p5b', source, targets: [target], aligned: true }, defaultConfig());
        const problems: string[] = [];
        for (const f of audit.targets[0].findings) {
          problems.push(...spanProblems(f.target, audit.targets[0], tgt, `${f.check} target`));
          problems.push(...spanProblems(f.source, audit.source, src, `${f.check} source`));
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
