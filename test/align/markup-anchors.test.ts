// Link targets, masked out of Markdown sentences, are alignment anchors as inline identifiers are;
// written as both versions write them (src/align/markup-anchors.ts).
import { describe, expect, it } from 'vitest';
import { linkAnchor, markupAnchorsBySentence } from '../../src/align/markup-anchors.js';
import { documentFromFile } from '../../src/corpus/index.js';

describe('linkAnchor', () => {
  it('reads a link as localised versions write it', () => {
    expect(linkAnchor('https://en.wikipedia.org/wiki/Free_and_open-source_software')).toBe('wikipedia.org/wiki/free_and_open-source_software');
    expect(linkAnchor('https://fr.wikipedia.org/wiki/Free_and_open-source_software')).toBe('wikipedia.org/wiki/free_and_open-source_software');
    expect(linkAnchor('https://developer.mozilla.org/en-US/docs/Web/API')).toBe(linkAnchor('https://developer.mozilla.org/fr/docs/Web/API'));
    expect(linkAnchor('../best-practices/#learning-to-say-no')).toBe(linkAnchor('../best-practices/#apprendre-à-dire-non'));
    expect(linkAnchor('https://www.example.com/a/')).toBe('example.com/a');
  });
  it('keeps different pages apart', () => {
    expect(linkAnchor('/docs/concepts/architecture/nodes/')).not.toBe(linkAnchor('/docs/concepts/architecture/leases/'));
  });
});

describe('markupAnchorsBySentence', () => {
  it('gives each sentence its links, after its inline identifiers', () => {
    const text = 'See [the guide](https://example.com/guide) and `useState`. Then read [more](/learn/more).\n';
    const doc = documentFromFile({ path: 'en.md', text, encoding: 'utf-8', format: 'markdown' }, { detectParagraphs: false });
    expect([...markupAnchorsBySentence(doc)]).toEqual([
      [0, ['useState', '→example.com/guide']],
      [1, ['→learn/more']],
    ]);
  });
});
