// Words of a sentence, for the look-ups of the language checks: one hand-written linear scan
// (document text is untrusted), no regular expression over the text. Things that are not words of
// any language are skipped whole: URLs ("https://www.wired.com/story/…"), e-mail addresses,
// domain names, hashtags ("#GPUCluster") and @mentions.
import { CHAR_DIGIT, CHAR_LATIN, CHAR_MARK, charClass, isDigitCode, isLetterCode, isMarkCode, scriptOfCode, type Script } from './script.js';

export type TokenShape = 'lower' | 'title' | 'upper' | 'mixed';

export interface Token {
  /** Offsets into the scanned text, half-open. */
  start: number;
  end: number;
  text: string;
  /** Lower case, with ’ written as ' (the form word lists use). */
  lower: string;
  /** 'code' when the token holds a digit ("H100", "GPT-5"); otherwise 'word'. */
  kind: 'word' | 'code';
  shape: TokenShape;
  /** Script of the token's first letter (null for digits only). */
  script: Script | null;
  /** Letters in the token. */
  letters: number;
  /** True when only white space stands between this token and the previous one (false for the first). */
  spaced: boolean;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000;
const isWordChar = (c: number) => isLetterCode(c) || isDigitCode(c) || isMarkCode(c);
// Inside a word: apostrophes ("l’argent", "company’s") and hyphens ("fine-tuned", "GPT-5").
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 0x2011;

/** True for a white-space-delimited chunk that is a URL, e-mail, domain, hashtag or mention. */
function isNonWordChunk(text: string, a: number, b: number): boolean {
  const first = text.charCodeAt(a);
  if ((first === 35 || first === 64) && a + 1 < b && isWordChar(text.charCodeAt(a + 1))) return true; // #tag, @user
  for (let i = a + 1; i < b - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 && text.charCodeAt(i + 1) === 47) return true; // "://", "mailto:" is rare enough
    if (c === 64 && isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i + 1))) return true; // e-mail
    if (c === 46 && isLetterCode(text.charCodeAt(i - 1)) && isLetterCode(text.charCodeAt(i + 1))) return true; // wired.com, e.g.
    if (c === 47 && isLetterCode(text.charCodeAt(i - 1)) && isLetterCode(text.charCodeAt(i + 1)) && text.charCodeAt(a) === 47) return true; // /path
  }
  return false;
}

/** Per BMP code unit: 1 when toLowerCase changes it (it is a capital), 2 when not; 0 not yet known. */
const lowerForm = new Uint8Array(0x10000);
function hasLowerForm(c: number): boolean {
  let v = lowerForm[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    lowerForm[c] = v = ch.toLowerCase() !== ch ? 1 : 2;
  }
  return v === 1;
}

function shapeOf(t: string, lower: string): TokenShape {
  if (t === lower) return 'lower';
  const upper = t.toUpperCase();
  if (t === upper) return 'upper';
  const rest = t.slice(1);
  return rest === rest.toLowerCase() ? 'title' : 'mixed';
}

/** The word tokens of `text` in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let spaced = false;
  let i = 0;
  while (i < n) {
    // One white-space-delimited chunk [a, b).
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const a = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    const b = i;
    if (a === b) break;
    if (isNonWordChunk(text, a, b)) {
      spaced = false;
      continue;
    }
    let j = a;
    let touching = true; // no punctuation yet between the previous token and this chunk's first
    while (j < b) {
      const c = text.charCodeAt(j);
      if (!isWordChar(c)) {
        touching = false;
        j++;
        continue;
      }
      const s = j;
      let letters = 0;
      let digits = false;
      let latin: boolean | null = null; // a token never mixes Latin and other letters: "OpenAIは" is two
      let script: Script | null = null; // of the first letter
      // No character with a lower-case form: the token is its own lower case (no toLowerCase, no
      // shape test). Most French and Vietnamese words ("développement", "người") are such.
      let selfLower = true;
      let curly = false; // holds ’, written ' in `lower`
      // One table read per character (it was up to five predicate calls, a third of the run's
      // tokenizing time on 50k French lines).
      while (j < b) {
        const d = text.charCodeAt(j);
        const v = charClass(d);
        if (v >= CHAR_LATIN) {
          const l = v === CHAR_LATIN;
          if (latin === null) {
            latin = l;
            script = scriptOfCode(d);
          } else if (l !== latin) break;
          letters++;
          if (d <= 90 || (d >= 128 && hasLowerForm(d))) selfLower = false; // A-Z (letters below 128 are A-Z and a-z)
        } else if (v === CHAR_DIGIT) {
          digits = true;
        } else if (v !== CHAR_MARK) {
          if (isJoiner(d) && j + 1 < b && isWordChar(text.charCodeAt(j + 1)) && j > s) {
            if (d === 0x2019) curly = true;
            j++;
            continue;
          }
          break;
        }
        j++;
      }
      const t = text.slice(s, j);
      const low = selfLower ? t : t.toLowerCase();
      // A regular expression replace per token was a fifth of the tokenizer's time: most have no ’.
      const lower = curly ? low.replace(/\u2019/g, "'") : low;
      out.push({
        start: s,
        end: j,
        text: t,
        lower,
        kind: digits ? 'code' : 'word',
        shape: selfLower ? 'lower' : shapeOf(t, low),
        script,
        letters,
        spaced: out.length > 0 && spaced && touching && s === a,
      });
      spaced = false;
      touching = false;
    }
    // The next chunk is spaced from this one only if this chunk ended on a word character.
    spaced = b > a && isWordChar(text.charCodeAt(b - 1));
  }
  return out;
}
