// Read unseen on 2026-12-06 (round 11, build b3ac346): Slidev's and Qwik's documentation in French
// (7 page pairs: 21 major findings, 17 true, 4 debatable, none false) and the catalogs of
// Excalidraw (German) and Bitwarden's browser extension (French, German, Vietnamese): 39 major
// findings, 3 false. Each cause is a case here, written in the shape of the real text.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument, segmentText } from '../../src/corpus/index.js';
import { entity } from '../../src/checks/entity.js';
import { readChords } from '../../src/checks/shared/chords.js';
import { catalogPair, run } from '../checks/catalog-fixture.js';
import { ofCheck as of, pairFindings as audit } from '../helpers/judged.js';
import { writeTree } from '../helpers/tree.js';

describe("key chords: Electron's accelerators and German key names (Excalidraw)", () => {
  it('"CtrlOrCmd+ENTER" is "CtrlOrCmd+Eingabetaste"; "Strg+Eingabe" is Ctrl+Enter', () => {
    expect(readChords('Drücke Escape oder CtrlOrCmd+Eingabetaste, um die Bearbeitung abzuschließen').map((c) => c.key)).toEqual(['ctrl+enter']);
    expect(readChords('Press Escape or CtrlOrCmd+ENTER to finish editing').map((c) => c.key)).toEqual(['ctrl+enter']);
    expect(readChords('Strg + Eingabe drücken').map((c) => c.key)).toEqual(['ctrl+enter']);
    const hint = { hints: { text_editing: 'Press Escape or CtrlOrCmd+ENTER to finish editing' } };
    expect(run(entity, catalogPair(hint, { hints: { text_editing: 'Drücke Escape oder CtrlOrCmd+Eingabetaste, um die Bearbeitung abzuschließen' } }, ['en', 'de']))).toEqual([]);
    expect(run(entity, catalogPair(hint, { hints: { text_editing: 'Drücke Escape oder CtrlOrCmd+Leertaste, um die Bearbeitung abzuschließen' } }, ['en', 'de']))).toEqual([
      'hints.text_editing: the key chord “CtrlOrCmd+ENTER” is “CtrlOrCmd+Leertaste” in the translation',
    ]);
  });
});

describe("entity: a product's common noun translated (Bitwarden's French)", () => {
  it('"Free Bitwarden Families" as "Bitwarden Familles gratuit": "Familles" is the French word, not a typo', () => {
    expect(run(entity, catalogPair({ plan: 'Free Bitwarden Families' }, { plan: 'Bitwarden Familles gratuit' }))).toEqual([]);
  });
  it('a person\'s name with a letter changed is still reported', () => {
    expect(run(entity, catalogPair({ quote: 'Jensen Huang said the chips sold out.' }, { quote: 'Jensen Hwang a dit que les puces étaient épuisées.' }))).toEqual(['quote: the name “Jensen Huang” is written “Jensen Hwang” in the translation']);
  });
});

describe('Markdown: an embedded player\'s title, and numbered headings (Slidev, Qwik)', () => {
  const iframe = '<iframe width="560" height="315" src="https://www.youtube.com/embed/xyz" title="YouTube video player" frameborder="0" allowfullscreen></iframe>';
  it('the title of a copied YouTube embed is no sentence; an image\'s alt text still is', () => {
    const en = `# Why\n\nWatch the introduction below.\n\n${iframe}\n\n<img src="demo.png" alt="A slide with a code block">\n`;
    const fr = `# Pourquoi\n\nRegardez l'introduction ci-dessous.\n\n${iframe}\n\n<img src="demo.png" alt="A slide with a code block">\n`;
    expect(of(audit(en, 'fr', fr), 'untranslated')).toEqual(['untranslated: Sentence left untranslated: identical to the English source']);
  });
  it('the same in an HTML page and an MDX element: the embed\'s title is no text, the image\'s alt is', () => {
    const texts = (text: string, format: 'html' | 'mdx') => segmentText(text, 'en', { format, detectParagraphs: false }).sentences.map((x) => x.text.trim());
    const html = `<html><body><p>Watch the introduction below.</p>${iframe}<img src="demo.png" alt="A slide with a code block"></body></html>`;
    expect(texts(html, 'html')).toEqual(['Watch the introduction below.', 'A slide with a code block']);
    const mdx = `Watch the introduction below.\n\n<iframe src="https://www.youtube.com/embed/xyz" title="YouTube video player" />\n\n<img src="demo.png" alt="A slide with a code block" />\n`;
    expect(texts(mdx, 'mdx')).toEqual(['Watch the introduction below.', 'A slide with a code block']);
  });
  it('"3.1." opens its heading whatever the case of the word after it', () => {
    const dir = writeTree({ 'fr.md': '# Le signe dollar\n\n#### 1. littéraux sans identifiants\n\n##### 3.1. Les variables capturées\n\nTexte. 2. Puis la suite.\n' }, 'tqc-enum-');
    expect(loadDocument(join(dir, 'fr.md'), { lang: 'fr' }).sentences.map((s) => s.text.trim().replace(/\s+/g, ' '))).toEqual([
      'Le signe dollar',
      '1. littéraux sans identifiants',
      '3.1. Les variables capturées',
      'Texte.',
      '2. Puis la suite.',
    ]);
  });
});
