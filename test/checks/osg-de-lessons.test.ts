// What opensource.guide's German articles (github/opensource.guide `_articles/de/`, CC BY 4.0,
// © GitHub, Inc. and contributors; read on 2026-12-05, not copied into the project) taught: their
// pull quotes give the German translation of a quotation and, below it, the English original in
// italics — and the English pages write the same `<aside markdown="1">` without blank lines, so
// the image's alt text, the quotation and its credit line were one paragraph. The quotation below
// is the "Legal" article's; the layout is each page's own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { untranslated } from '../../src/checks/untranslated.js';
import { documentFromFile } from '../../src/corpus/index.js';
import { pair } from '../helpers/make.js';

const BIN = join(__dirname, '../../bin/tqc.js');

const CREDIT = '— @benbalter, ["Everything a government attorney needs to know about open source software&nbsp;licensing"](https://ben.balter.com/2014/10/08/open-source-licensing-for-government-attorneys/)';

const EN = `# Legal

When you create a new project on GitHub, you'll be [asked to add a license](https://docs.github.com/repositories/licensing-a-repository).

<aside markdown="1" class="pquote">
  <img src="https://avatars.githubusercontent.com/benbalter?s=180" class="pquote-avatar" alt="">
  A standardized license serves as a proxy for those without legal training to know precisely what they can and can't do with the software. Unless absolutely required, avoid custom, modified, or non-standard terms, which will serve as a barrier to downstream use of the agency code.
  <p markdown="1" class="pquote-credit">
${CREDIT}
  </p>
</aside>

## Which open source license is appropriate for my project?

It's hard to go wrong with the [MIT License](https://choosealicense.com/licenses/mit/) if you're starting from a blank slate. It's short, easily understood, and allows anyone to do anything so long as they keep a copy of the license.
`;

// The German page keeps alt="avatar", which the English revised to alt="" since.
const quote = (german: string) => `# Rechtliches

Wenn Sie ein neues Projekt auf GitHub anlegen, wird Ihnen [die Nutzung einer Lizenz vorgeschlagen](https://docs.github.com/repositories/licensing-a-repository).

<aside markdown="1" class="pquote">
  <img src="https://avatars.githubusercontent.com/benbalter?s=180" class="pquote-avatar" alt="avatar">

${german}

  <p markdown="1" class="pquote-credit">
${CREDIT}
  </p>
</aside>

## Welche Open-Source-Lizenz passt zu meinem Projekt?

Wenn Sie ein komplett neues Projekt starten, können Sie mit der [MIT-Lizenz](https://choosealicense.com/licenses/mit/) nichts falsch machen. Sie ist kurz, verständlich, und erlaubt allen alles, solange sie eine Lizenzkopie beibehalten.
`;

const GERMAN = '  Eine Standardlizenz fasst für juristisch nicht vorgebildete Leute zusammen, was diese mit der Software tun können, und was nicht. Solange es nicht absolut nötig ist, sollten Sie eigene, modifizierte oder nicht standardisierte Klauseln vermeiden, denn diese behindern die Nachnutzung des Codes.';
const ORIGINAL = "  _A standardized license serves as a proxy for those without legal training to know precisely what they can and can't do with the software. Unless absolutely required, avoid custom, modified, or non-standard terms, which will serve as a barrier to downstream use of the agency code._";

function check(de: string, en = EN): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-osg-de-'));
  writeFileSync(join(dir, 'en.md'), en);
  writeFileSync(join(dir, 'de.md'), de);
  const out = execFileSync('node', [BIN, 'check', dir, '--format', 'json', '--fail-on', 'none', '--quiet'], { encoding: 'utf8' });
  const audit = JSON.parse(out) as { documents: { targets: { findings: { check: string; message: string }[] }[] }[] };
  return audit.documents[0].targets[0].findings.map((f) => `${f.check}: ${f.message}`);
}

describe('an HTML block is laid out as a browser lays it out', () => {
  it('alt text, the text between tags and the text after a <p> are paragraphs of their own', () => {
    const doc = documentFromFile({ path: 'de.md', text: quote(GERMAN).replace('\n\n  Eine', '\n  Eine'), encoding: 'utf-8', format: 'markdown' }, { detectParagraphs: false });
    const texts = doc.sentences.map((s) => s.text.replace(/\s+/g, ' ').trim());
    expect(texts).toContain('avatar');
    expect(texts).toContain('Eine Standardlizenz fasst für juristisch nicht vorgebildete Leute zusammen, was diese mit der Software tun können, und was nicht.');
    expect(texts).toContain('Solange es nicht absolut nötig ist, sollten Sie eigene, modifizierte oder nicht standardisierte Klauseln vermeiden, denn diese behindern die Nachnutzung des Codes.');
    expect(texts.some((t) => t.startsWith('— @benbalter'))).toBe(true);
  });
});

describe('a pull quote translated, its English original kept below it', () => {
  it('is one finding: the source text left beside its translation — not an addition of the translation and English text', () => {
    // (The translation named is sentences 3–5: the stale alt text "avatar" stands in the run.)
    expect(check(quote(`${GERMAN}\n\n${ORIGINAL}`))).toEqual(['addition: target sentences 6–7: the source text left in the translation, beside its translation (target sentences 3–5)']);
  });

  it('a sentence the translator added before a paragraph left in English is still an addition, not its translation', () => {
    // eval:inject's case: a credit line put before the English paragraph a React page left
    // untranslated fitted that paragraph's first sentence by length alone.
    const en = EN;
    const de = quote(GERMAN).replace(
      /Wenn Sie ein komplett neues Projekt starten[^\n]*\n/,
      "Diese Seite wurde von den Freiwilligen der Gemeinschaft übersetzt, danke.\n\nIt's hard to go wrong with the [MIT License](https://choosealicense.com/licenses/mit/) if you're starting from a blank slate. It's short, easily understood, and allows anyone to do anything so long as they keep a copy of the license.\n",
    );
    expect(check(de, en).filter((f) => f.startsWith('addition:'))).toEqual([expect.stringMatching(/: text with no counterpart in the source$/)]);
  });

  it('the translation alone is quiet (a stale alt text "avatar", the credit line as written); the English alone is not', () => {
    expect(check(quote(GERMAN))).toEqual([]);
    expect(check(quote(ORIGINAL)).some((f) => f.startsWith('untranslated:') || f.startsWith('wrong-language:'))).toBe(true);
  });
});

describe('an institution named in English inside German prose', () => {
  const en = '**Judi Brown Clarke, Ph.D.** the Diversity Director at the BEACON Center for the Study of Evolution in Action, an NSF Center for Science and Technology.';
  const run = (de: string) => untranslated.run(pair('en', [en], 'de', [de])).map((f) => f.message);
  it('its small words are part of the name the source writes', () => {
    expect(run('**Judi Brown Clarke, Ph.D.** den Diversity Director am BEACON Center for the Study of Evolution in Action, einem NSF Center for Science and Technology.')).toEqual([]);
  });
  it('English small words between German words are still flagged', () => {
    expect(run('**Judi Brown Clarke, Ph.D.** die Leiterin für Vielfalt for the Zentrum BEACON zur Erforschung der Evolution, einem Zentrum der NSF.')).toEqual(['English “for the” left untranslated']);
  });
});
