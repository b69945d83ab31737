// Keyboard shortcuts ("key chords") a sentence tells the reader to press: "Ctrl+Z", "Ctrl + Shift +
// P", "Cmd-K", "⌘⇧P", and in Markdown `<kbd>Ctrl</kbd>+<kbd>Z</kbd>` (its tags masked to spaces). A
// translation writes the modifiers as the reader's keyboard labels them — German "Strg+Z", French
// "Maj+Tab", Spanish "Mayús+F5" — and the key itself must stay: GNOME Calculator's German catalog
// gives "Strg+R" for the English "Ctrl+Z", a wrong shortcut no other check can see (no digit in it,
// no name). Each chord is read to a canonical form ("ctrl+z", modifiers in a fixed order) so that
// the two sides compare as values, not as spellings.
//
// One hand-written linear scan (document text is untrusted): at each word start, a bounded look at
// one modifier word and what follows it; the scan resumes past whatever was read.
import { isDigitCode, isLetterCode } from '../../lang/script.js';

export interface Chord {
  /** Offsets within the scanned text, half-open. */
  start: number;
  end: number;
  /** Canonical: modifiers in MODIFIER_ORDER, then the key ("ctrl+shift+p", "alt+f4"). */
  key: string;
}

/** Modifier words and signs, in any case, by the canonical modifier they name. Option is the Mac's
 *  Alt key and is written for it; Super, Win and Meta name one key. */
const MODIFIERS = new Map<string, string>([
  ['ctrl', 'ctrl'],
  ['control', 'ctrl'],
  // Electron's accelerators, which Excalidraw's hints write: Ctrl on Windows and Linux, Cmd on a Mac.
  ['ctrlorcmd', 'ctrl'],
  ['cmdorctrl', 'ctrl'],
  ['commandorcontrol', 'ctrl'],
  ['controlorcommand', 'ctrl'],
  ['strg', 'ctrl'],
  ['cmd', 'cmd'],
  ['command', 'cmd'],
  ['⌘', 'cmd'],
  ['alt', 'alt'],
  ['option', 'alt'],
  ['opt', 'alt'],
  ['⌥', 'alt'],
  ['altgr', 'altgr'],
  ['shift', 'shift'],
  ['umschalt', 'shift'],
  ['umschalttaste', 'shift'],
  ['maj', 'shift'],
  ['mayús', 'shift'],
  ['mayus', 'shift'],
  ['maiusc', 'shift'],
  ['⇧', 'shift'],
  ['⌃', 'ctrl'],
  ['meta', 'meta'],
  ['super', 'meta'],
  ['win', 'meta'],
  ['fn', 'fn'],
]);
const MODIFIER_ORDER = ['ctrl', 'cmd', 'alt', 'altgr', 'shift', 'meta', 'fn'];

/** Named keys as keyboards and manuals of the languages tqc reads write them. A key word not here
 *  (a mouse action: "Ctrl+click", "Strg+Klick", "Maj+clic") leaves the chord unread: translated
 *  words are not compared. */
const KEYS = new Map<string, string>([
  ...['enter', 'return', 'entrée', 'eingabe', 'eingabetaste', 'intro', 'invio', 'retour', '↵'].map((w): [string, string] => [w, 'enter']),
  ...['esc', 'escape', 'échap', 'echap', 'escap'].map((w): [string, string] => [w, 'esc']),
  ...['del', 'delete', 'suppr', 'supr', 'entf', 'canc', 'supprimer', 'suprimir'].map((w): [string, string] => [w, 'del']),
  ...['ins', 'insert', 'inser', 'einfg', 'insertar', 'inserisci'].map((w): [string, string] => [w, 'ins']),
  ...['tab', 'tabulation', 'tabulator', 'tabulatortaste'].map((w): [string, string] => [w, 'tab']),
  ...['space', 'spacebar', 'espace', 'leertaste', 'leer', 'espacio', 'spazio'].map((w): [string, string] => [w, 'space']),
  ...['backspace', 'rücktaste', 'retroceso'].map((w): [string, string] => [w, 'backspace']),
  ...['home', 'début', 'pos1', 'inicio'].map((w): [string, string] => [w, 'home']),
  ...['end', 'fin', 'ende'].map((w): [string, string] => [w, 'end']),
  ...['pgup', 'pageup', 'bild↑', 'repág', 'rpag'].map((w): [string, string] => [w, 'pageup']),
  ...['pgdn', 'pagedown', 'bild↓', 'avpág', 'avpag'].map((w): [string, string] => [w, 'pagedown']),
  ...['up', 'haut', 'oben', 'arriba', 'su', '↑'].map((w): [string, string] => [w, 'up']),
  ...['down', 'bas', 'unten', 'abajo', 'giù', '↓'].map((w): [string, string] => [w, 'down']),
  ...['left', 'gauche', 'links', 'izquierda', 'sinistra', '←'].map((w): [string, string] => [w, 'left']),
  ...['right', 'droite', 'rechts', 'derecha', 'destra', '→'].map((w): [string, string] => [w, 'right']),
]);

const SIGNS = new Set(['⌘', '⌥', '⇧', '⌃']);
const JOINS = /[+\-⌘⌥⇧⌃]/;
/** Whether `text` may hold a chord at all: a "+", a "-" or a modifier's sign. */
export const mayHoldChord = (text: string): boolean => JOINS.test(text);
// Keys drawn as one sign: the arrows, and ↵ for Enter.
const ARROWS = new Set(['↑', '↓', '←', '→', '↵']);
/** A word of a key or modifier: longer ones are not key names (and the look stays bounded). */
const MAX_WORD = 16;
/** Spaces around a "+": `<kbd>Ctrl</kbd>+<kbd>Z</kbd>` masks its tags to spaces. */
const MAX_GAP = 16;

const isWordCode = (c: number): boolean => isLetterCode(c) || isDigitCode(c);

/** The word at `i` (letters and digits; a sign is a word of its own), or null. */
function wordAt(text: string, i: number): { end: number; word: string } | null {
  const ch = text[i];
  if (ch !== undefined && (SIGNS.has(ch) || ARROWS.has(ch))) return { end: i + 1, word: ch };
  let j = i;
  while (j < text.length && j - i <= MAX_WORD && isWordCode(text.charCodeAt(j))) j++;
  if (j === i || j - i > MAX_WORD || (j < text.length && isWordCode(text.charCodeAt(j)))) return null;
  return { end: j, word: text.slice(i, j) };
}

/** Past the "+" or "-" joining two parts of a chord at `i`, or -1. A hyphen joins only when
 *  nothing stands around it ("Ctrl-Z"); after a sign nothing may stand between ("⌘K"). */
function joinAfter(text: string, i: number, afterSign: boolean): { next: number; hyphen: boolean } | null {
  let j = i;
  while (j < text.length && j - i <= MAX_GAP && text[j] === ' ') j++;
  if (text[j] === '+') {
    let k = j + 1;
    while (k < text.length && k - j <= MAX_GAP && text[k] === ' ') k++;
    return { next: k, hyphen: false };
  }
  if (j === i && text[j] === '-') return { next: j + 1, hyphen: true };
  if (afterSign && j === i) return { next: i, hyphen: false };
  return null;
}

/** The canonical key of a key word, or null: one letter or digit, F1–F24, or a named key. */
function keyOf(word: string): string | null {
  const lower = word.toLowerCase();
  if ([...word].length === 1 && (isWordCode(word.charCodeAt(0)) || ARROWS.has(word))) return KEYS.get(word) ?? lower;
  if (/^f(?:[1-9]|1\d|2[0-4])$/.test(lower)) return lower;
  return KEYS.get(lower) ?? null;
}

const capitalised = (w: string): boolean => w !== w.toLowerCase() && w[0] === w[0].toUpperCase();

/** Modifiers a manual joins with a hyphen ("Ctrl-Z", "Cmd-K", "Alt-F4"); not "Super-8" (the film)
 *  or "Win-10". */
const HYPHENED = new Set(['ctrl', 'control', 'strg', 'cmd', 'command', 'alt', 'option', 'opt', 'shift']);

/** The key chords of `text` whose every part is read (a modifier or more, then a key), in order. */
export function readChords(text: string): Chord[] {
  const out: Chord[] = [];
  // Most sentences join nothing with "+" or "-" and draw no modifier's sign: one look, no scan
  // (the scan of every word was ~3 % of the 50,000-pair benchmark).
  if (!mayHoldChord(text)) return out;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const sign = SIGNS.has(text[i]);
    // A word start: not inside a word.
    if (!sign && (!isWordCode(c) || (i > 0 && isWordCode(text.charCodeAt(i - 1))))) {
      i++;
      continue;
    }
    const first = wordAt(text, i);
    const firstMod = first ? MODIFIERS.get(first.word.toLowerCase()) : undefined;
    if (!first || !firstMod) {
      i = first ? first.end : i + 1;
      continue;
    }
    const mods = new Set([firstMod]);
    let at = first.end;
    let afterSign = SIGNS.has(first.word);
    let hyphens = false;
    let key: string | null = null;
    let end = -1;
    // Modifiers, then one key; at most as many parts as there are modifiers and a key.
    for (let parts = 0; parts <= MODIFIER_ORDER.length; parts++) {
      const join = joinAfter(text, at, afterSign);
      if (!join) break;
      hyphens ||= join.hyphen;
      const w = wordAt(text, join.next);
      if (!w) break;
      const mod = MODIFIERS.get(w.word.toLowerCase());
      if (mod) {
        mods.add(mod);
        at = w.end;
        afterSign = SIGNS.has(w.word);
        continue;
      }
      key = keyOf(w.word);
      // "Ctrl-Z", "Cmd-K", "Alt-F4" but not "alt-right" or "shift-left" in prose: a hyphened
      // chord is written with capitals, as manuals write keys.
      if (key && join.hyphen && !(capitalised(first.word) && (w.word.length === 1 || capitalised(w.word)))) key = null;
      end = w.end;
      break;
    }
    if (key && end > 0 && !(hyphens && !(capitalised(first.word) && HYPHENED.has(first.word.toLowerCase())))) {
      const ordered = MODIFIER_ORDER.filter((m) => mods.has(m));
      out.push({ start: i, end, key: `${ordered.join('+')}+${key}` });
      i = end;
    } else {
      i = Math.max(end, at, i + 1);
    }
  }
  return out;
}
