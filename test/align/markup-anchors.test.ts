// Link targets, masked out of Markdown sentences, are alignment anchors as inline identifiers are;
// written as both versions write them (src/align/markup-anchors.ts).
import { describe, expect, it } from 'vitest';
import { linkAnchor, markupAnchorsBySentence } from '../../src/align/markup-anchors.js';
import { documentFromFile } from '../../src/corpus/index.js';

const L = ['en', 'fr'];

describe('linkAnchor', () => {
  it('reads a link as localised versions write it', () => {
    expect(linkAnchor('https://en.wikipedia.org/wiki/Free_and_open-source_software', L)).toBe('wikipedia.org/wiki/free_and_open-source_software');
    expect(linkAnchor('https://fr.wikipedia.org/wiki/Free_and_open-source_software', L)).toBe('wikipedia.org/wiki/free_and_open-source_software');
    expect(linkAnchor('https://developer.mozilla.org/en-US/docs/Web/API', L)).toBe(linkAnchor('https://developer.mozilla.org/fr/docs/Web/API', L));
    expect(linkAnchor('../best-practices/#learning-to-say-no', L)).toBe(linkAnchor('../best-practices/#apprendre-à-dire-non', L));
    expect(linkAnchor('https://www.example.com/a/', L)).toBe('example.com/a');
  });
  it('keeps different pages apart', () => {
    expect(linkAnchor('/docs/concepts/architecture/nodes/', L)).not.toBe(linkAnchor('/docs/concepts/architecture/leases/', L));
    // A two-letter segment that is no language of the pair is part of the path.
    expect(linkAnchor('/docs/js/api', L)).not.toBe(linkAnchor('/docs/ui/api', L));
  });
});

describe('markupAnchorsBySentence', () => {
  it('gives each sentence its links, after its inline identifiers', () => {
    const text = 'See [the guide](https://example.com/guide) and `useState`. Then read [more](/learn/more).\n';
    const doc = documentFromFile({ path: 'en.md', text, encoding: 'utf-8', format: 'markdown' }, { detectParagraphs: false });
    expect([...markupAnchorsBySentence(doc, L)]).toEqual([
      [0, ['useState', '→example.com/guide']],
      [1, ['→/learn/more']],
    ]);
  });
});
