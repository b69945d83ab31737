// Merge conflicts left in a translation (src/corpus/conflicts.ts): the translation's side is read
// as sentences, the upstream side and the markers are not; the offsets of everything hold.
import { describe, expect, it } from 'vitest';
import { maskConflicts, markerLines } from '../../src/corpus/conflicts.js';

const blankedLines = (before: string, after: string) =>
  before.split('\n').flatMap((line, k) => (after.split('\n')[k].trim() === '' && line.trim() !== '' ? [k + 1] : []));

describe('merge conflicts in a translation', () => {
  // React's French "Queueing a Series of State Updates", lines 7–11.
  const fr = [
    '## React regroupe les mises à jour d’état',
    '',
    '<<<<<<< HEAD',
    'Vous vous attendez peut-être à ce que cliquer sur le bouton « +3 » incrémente le compteur trois fois.',
    '=======',
    'You might expect that clicking the "+3" button will increment the counter three times.',
    '>>>>>>> 6ae99dddc3b503233291da96e8fd4b118ed6d682',
    '',
    'Cependant, les valeurs d’état de chaque rendu sont fixes.',
  ].join('\n');

  it('keeps the side in the file’s language and the opening marker; blanks the other side and the other markers', () => {
    const out = maskConflicts(fr, 'fr');
    expect(out.length).toBe(fr.length);
    expect(blankedLines(fr, out)).toEqual([5, 6, 7]);
    expect(out).toContain('<<<<<<< HEAD\nVous vous attendez');
  });

  it('keeps the other side when it is the one in the file’s language (an upstream update merged over a stale translation)', () => {
    expect(blankedLines(fr, maskConflicts(fr, 'en'))).toEqual([4, 5, 7]);
  });

  it('tells a Chinese side from an English one by script (no function-word data for Chinese)', () => {
    // React's Chinese "Conditional Rendering", lines 211–215.
    const zh = '<<<<<<< HEAD\n你可以认为，*“如果 `isPacked` 为 true 时，则渲染 `name + \' ✔\'`，否则渲染 `name`。”*\n=======\nYou can read it as *"if `isPacked` is true, then render `name + \' ✔\'`, otherwise render `name`"*.\n>>>>>>> a220bb3f21170210fb37375f349c943150a5364d\n';
    // As segmentation hands it over: Markdown's code spans already masked (same length).
    const masked = zh.replace(/`[^`\n]*`/g, (m) => ' '.repeat(m.length));
    expect(blankedLines(zh, maskConflicts(masked, 'zh', zh))).toEqual([3, 4, 5]);
  });

  it('keeps both sides when both, or neither, read as the file’s language: only the markers go', () => {
    const both = '<<<<<<< HEAD\nLe marché croît très vite depuis plusieurs années.\n=======\nLe marché croît vite depuis des années.\n>>>>>>> 1234567\n';
    expect(blankedLines(both, maskConflicts(both, 'fr'))).toEqual([3, 5]);
  });

  it('leaves text without an opening marker alone: a Markdown heading underlined with "=======", a ">>>>>>>" quote', () => {
    const text = 'Titre\n=======\n\n>>>>>>> cité\n';
    expect(maskConflicts(text, 'fr')).toBe(text);
    expect(markerLines(text)).toEqual([]);
  });

  it('keeps CRLF line ends and the length of the file', () => {
    const crlf = fr.replace(/\n/g, '\r\n');
    const out = maskConflicts(crlf, 'fr');
    expect(out.length).toBe(crlf.length);
    expect(out.split('\r\n').length).toBe(crlf.split('\r\n').length);
  });
});
