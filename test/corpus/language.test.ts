// The language rule: file name, else --langs, else detection; and splitting a two-language file.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentFromFile, langFromName, loadDocument, splitByLanguage, countLetters } from '../../src/corpus/index.js';
import type { SourceFile } from '../../src/types/index.js';
import { discover } from '../../src/run/discover.js';

const file = (text: string, path = 'mixed.txt'): SourceFile => ({ path, text, encoding: 'utf-8', format: 'text' });

describe('langFromName', () => {
  it.each([
    ['corpus/llama-gpu-cluster/vi.txt', 'vi'],
    ['fr.md', 'fr'],
    ['article.fr.md', 'fr'],
    ['README.de-DE.md', 'de'],
    ['pt-BR.txt', 'pt'],
    ['docs/es/guide.md', 'es'],
    ['docs/es/guide.en.md', 'en'],
  ])('%s → %s', (path, lang) => expect(langFromName(path)).toBe(lang));

  it.each(['notes.txt', 'draft.v2.md', 'src/app.md', 'report_de.txt', 'article-fr.txt', 'xx.txt', 'US.md', 'corpus/seeds/000_6171f854f6f90d12.txt'])(
    '%s → null',
    (path) => expect(langFromName(path)).toBeNull(),
  );
});

describe('a shared directory names no version', () => {
  it('source and translation side by side in “sc/” are not Sardinian: detected as English and French', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tqc-lang-')), 'sc');
    mkdirSync(dir);
    writeFileSync(join(dir, 'article.txt'), 'Total operating costs at Meta have grown about 9 percent this year. The company expects more.\n');
    writeFileSync(join(dir, 'article-fr.txt'), 'Les coûts d’exploitation totaux de Meta ont augmenté d’environ 9 % cette année. L’entreprise en attend davantage.\n');
    const [set] = discover([join(dir, 'article.txt'), join(dir, 'article-fr.txt')], { sourceLang: 'en', aligned: false });
    expect([set.source.lang, set.targets[0].lang]).toEqual(['en', 'fr']);
    expect(set.source.langFrom).toBe('detected');
  });

  it('versions in language directories still take their names from them (docs/fr/guide.md)', () => {
    const root = mkdtempSync(join(tmpdir(), 'tqc-lang-'));
    for (const l of ['en', 'fr']) mkdirSync(join(root, l));
    writeFileSync(join(root, 'en', 'guide.md'), 'The plant opened in 2019.\n');
    writeFileSync(join(root, 'fr', 'guide.md'), 'L’usine a ouvert en 2019.\n');
    const [set] = discover([join(root, 'en', 'guide.md'), join(root, 'fr', 'guide.md')], { sourceLang: 'en', aligned: false });
    expect([set.source.langFrom, set.targets[0].lang, set.targets[0].langFrom]).toEqual(['name', 'fr', 'name']);
  });
});

describe('loadDocument language rule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-lang-'));
  const fr = 'Les coûts d’exploitation totaux de Meta ont augmenté d’environ 9 pour cent cette année.';
  writeFileSync(join(dir, 'vi.txt'), fr);
  writeFileSync(join(dir, 'article.txt'), fr);

  it('the file name wins over the option', () => {
    expect(loadDocument(join(dir, 'vi.txt'), { lang: 'de' })).toMatchObject({ lang: 'vi', langFrom: 'name' });
  });

  it('the option when the name says nothing', () => {
    expect(loadDocument(join(dir, 'article.txt'), { lang: 'de' })).toMatchObject({ lang: 'de', langFrom: 'option' });
  });

  it('detection otherwise: the language with the most paragraph characters', () => {
    const d = documentFromFile(file(`Source link\nLeave a Reply\n${fr}\nMais les ventes globales ont bondi de plus de 22 %.`));
    expect(d).toMatchObject({ lang: 'fr', langFrom: 'detected' });
    expect(d.paragraphs.map((p) => p.lang)).toEqual(['en', 'en', 'fr', 'fr']);
  });

  it('detection segments with the detected language’s abbreviations', () => {
    const d = documentFromFile(file('Er kam am 3. Oktober nach Berlin und blieb dort bis zum Ende des Jahres. Danach ging er nach Hause.'));
    expect(d.lang).toBe('de');
    expect(d.sentences.map((s) => s.text)).toEqual(['Er kam am 3. Oktober nach Berlin und blieb dort bis zum Ende des Jahres.', 'Danach ging er nach Hause.']);
  });
});

describe('splitByLanguage', () => {
  it('counts letters outside URLs, hashtags and mentions', () => {
    expect(countLetters('Nguồn: https://www.wired.com/story/meta-llama-ai-gpu-training/')).toBe(5);
    expect(countLetters('#Meta #AI #Llama @wired')).toBe(0);
  });

  it('short lines join the language before them; CRLF kept; no final line end when the file has none', () => {
    const text = [
      'Tổng chi phí vận hành của Meta đã tăng khoảng 9% trong năm nay.',
      '#Meta #AI #Llama',
      'Nguồn: https://www.wired.com/story/meta-llama-ai-gpu-training/',
      'Meta’s total operating costs have grown about 9 percent this year.',
      'https://example.com/more',
    ].join('\r\n');
    const parts = splitByLanguage(file(text));
    expect(parts).toEqual([
      { lang: 'vi', text: text.split('\r\n').slice(0, 3).join('\r\n') },
      { lang: 'en', text: text.split('\r\n').slice(3).join('\r\n') },
    ]);
  });

  it('short lines at the top join the first language; a final line end is kept on every part', () => {
    const text = '#AI\nMeta’s total operating costs have grown about 9 percent this year.\nLes coûts d’exploitation totaux de Meta ont augmenté d’environ 9 pour cent.\n';
    expect(splitByLanguage(file(text))).toEqual([
      { lang: 'en', text: '#AI\nMeta’s total operating costs have grown about 9 percent this year.\n' },
      { lang: 'fr', text: 'Les coûts d’exploitation totaux de Meta ont augmenté d’environ 9 pour cent.\n' },
    ]);
  });

  it('keeps blank lines inside a language, drops them at a switch, joins returning stretches with a blank line', () => {
    const en1 = 'Meta’s total operating costs have grown about 9 percent this year.';
    const en2 = 'But overall sales have surged more than 22 percent this year.';
    const fr = 'Les coûts d’exploitation totaux de Meta ont augmenté d’environ 9 pour cent.';
    const text = `${en1}\n\n${en2}\n\n${fr}\n\n${en1}`;
    expect(splitByLanguage(file(text))).toEqual([
      { lang: 'en', text: `${en1}\n\n${en2}\n\n${en1}` },
      { lang: 'fr', text: fr },
    ]);
  });
});

describe('a long document votes with an even sample of its paragraphs', () => {
  const en = 'The city council approved the new budget on Tuesday after a long debate about public transport and housing.';
  const fr = 'Le conseil municipal a approuvé mardi le nouveau budget après un long débat sur les transports publics et le logement.';
  it('a 400k-character English file with one French paragraph in six is English, its French paragraphs still marked', () => {
    const paras = Array.from({ length: 3600 }, (_, k) => `${k % 6 === 5 ? fr : en} (${k})`);
    const doc = documentFromFile(file(paras.join('\n\n'), 'notes.txt'));
    expect(doc.file.text.length).toBeGreaterThan(400_000);
    expect(doc.lang).toBe('en');
    expect(doc.langFrom).toBe('detected');
    // Every paragraph is still detected for the checks, not only the voters.
    expect(doc.paragraphs.filter((p) => p.lang === 'fr').length).toBe(600);
  });

  it('a long French file where English paragraphs are the minority is French', () => {
    const paras = Array.from({ length: 3000 }, (_, k) => `${k % 3 === 0 ? en : fr} (${k})`);
    expect(documentFromFile(file(paras.join('\n\n'), 'notes.txt')).lang).toBe('fr');
  });
});
