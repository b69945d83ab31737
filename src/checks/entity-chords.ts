// Key chords of the source that the translation changes: "Ctrl+Z" given as "Strg+R" (GNOME
// Calculator's German catalog). Chords are compared as values (shared/chords.ts): "Strg+Z",
// "Maj+Tab" and `<kbd>Ctrl</kbd> + <kbd>Z</kbd>` are the source's own chords. Reported only where
// the translation writes chords of its own in that bead — a chord described in words ("Control
// et Z") is the translator's choice, not a wrong key — and where the other chord is not the
// neighbouring bead's (a pairing off by one is not a wrong key) — when the aligner paired them: a
// catalog's entries are paired by the file, and GNOME's "Root [Ctrl+R]" next to "Undo [Ctrl+Z]" →
// "Rückgängig [Strg+R]" does not excuse it.
import type { Alignment, FindingDraft } from '../types/index.js';
import { mayHoldChord, readChords, type Chord } from './shared/chords.js';
import { mayShare } from './shared/segments.js';

interface Placed extends Chord {
  /** File offsets. */
  at: { start: number; end: number };
  text: string;
}

/** A tag, blanked: Markdown's `<kbd>Ctrl</kbd>+<kbd>Z</kbd>`. Bounded: linear on any text. */
const TAG = /<\/?[A-Za-z][^<>\n]{0,200}>/g;

/** The text chords are read from. Markup formats mask inline code and `<kbd>` elements out of the
 *  sentence's text (they are not prose), but a key written there is still the key to press: the
 *  file's own text is read, its tags blanked (same length, so offsets hold). */
function chordText(doc: Alignment['source'], s: { start: number; end: number; text: string }): string {
  if (doc.file.format === 'text' || doc.units) return s.text;
  return doc.file.text.slice(s.start, s.end).replace(TAG, (t) => ' '.repeat(t.length));
}

/** A chord as the file writes it, tags left out: "Ctrl+C" for `<kbd>Ctrl</kbd>+<kbd>C</kbd>`. */
function shown(doc: Alignment['source'], s: { start: number; text: string }, c: Chord): string {
  const raw = doc.file.format === 'text' || doc.units ? s.text.slice(c.start, c.end) : doc.file.text.slice(s.start + c.start, s.start + c.end);
  return raw.replace(TAG, '').replace(/\s+/g, ' ');
}

function chordsOf(doc: Alignment['source'], sentences: readonly number[]): Placed[] {
  const out: Placed[] = [];
  for (const i of sentences) {
    const s = doc.sentences[i];
    // The file's text of a Markdown sentence is sliced and its tags blanked only where a chord may stand.
    if (!mayHoldChord(doc.file.format === 'text' || doc.units ? s.text : doc.file.text.slice(s.start, s.end))) continue;
    const text = chordText(doc, s);
    for (const c of readChords(text)) out.push({ ...c, at: { start: s.start + c.start, end: s.start + c.end }, text: shown(doc, s, c) });
  }
  return out;
}

/** Findings for bead `k`'s chords; `isCut` says whether the target stops short there. */
export function chordFindings(alignment: Alignment, k: number, isCut: () => boolean): FindingDraft[] {
  const { source, target, beads } = alignment;
  const b = beads[k];
  const src = chordsOf(source, b.source);
  if (src.length === 0) return [];
  const tgt = chordsOf(target, b.target);
  if (tgt.length === 0) return [];
  const left = tgt.slice();
  const missing: Placed[] = [];
  for (const c of src) {
    const at = left.findIndex((t) => t.key === c.key);
    if (at >= 0) left.splice(at, 1);
    else missing.push(c);
  }
  if (missing.length === 0) return [];
  // The neighbours' chords: a chord found there belongs to a pairing off by one.
  const near = (doc: Alignment['source'], side: 'source' | 'target'): Set<string> => {
    const keys = new Set<string>();
    for (const n of [k - 1, k + 1]) if (mayShare(alignment, k, n)) for (const c of chordsOf(doc, beads[n][side])) keys.add(c.key);
    return keys;
  };
  const nearTarget = near(target, 'target');
  const nearSource = near(source, 'source');
  const out: FindingDraft[] = [];
  for (const c of missing) {
    if (nearTarget.has(c.key)) continue;
    const other = left.findIndex((t) => !nearSource.has(t.key));
    if (other >= 0) {
      const t = left.splice(other, 1)[0];
      out.push({
        check: 'entity',
        message: `the key chord “${c.text}” is “${t.text}” in the translation`,
        target: t.at,
        source: c.at,
        actual: t.text,
        expected: c.text,
      });
    } else if (!isCut()) {
      out.push({
        check: 'entity',
        severity: 'minor',
        message: `the key chord “${c.text}” is missing from the translation, which writes other chords here`,
        target: { start: target.sentences[b.target[0]].start, end: target.sentences[b.target[b.target.length - 1]].end },
        source: c.at,
        expected: c.text,
      });
    }
  }
  return out;
}
