// Is a Latin-script word a possible Vietnamese syllable? Vietnamese writes one syllable per word
// with a strict shape: onset + (glide) + vowel nucleus carrying at most one tone mark + coda from a
// closed set (c, ch, m, n, ng, nh, p, t, or a glide i/y/o/u). English and French words rarely fit:
// in "OpenAI … đang đốt through cash mặc dù tính phí cho développeurs" the words "through" (no
// vowel after "th-r"), "cash" (no "-sh" coda) and "développeurs" fail, while "đốt" passes.
// No dictionary is needed, so the test is cheap and never misses a rare Vietnamese word.

const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'qu', 'th', 'tr', 'ch',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

/** Vowel groups (nucleus with its glides, tone marks removed). A group listed in OPEN may end the
 *  syllable; a group in CLOSED needs a consonant coda ("iê" in "tiến", "ươ" in "được"). */
const OPEN = new Set([
  'a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'iêu', 'oa', 'oai', 'oao', 'oay', 'oe', 'oeo',
  'oi', 'ôi', 'ơi', 'ua', 'uai', 'uây', 'uâ', 'uê', 'ui', 'uy', 'uya', 'uyu', 'uôi', 'uơ', 'ưa', 'ưi', 'ưu', 'ươi', 'ươu',
  'ya', 'yêu', 'oo',
]);
const CLOSED = new Set(['ă', 'â', 'iê', 'yê', 'oă', 'uâ', 'uô', 'ươ', 'uyê', 'oo', 'a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'uê', 'uy', 'ưa']);
const CODAS = ['ng', 'nh', 'ch', 'c', 'm', 'n', 'p', 't'];

/** Toned vowel → base vowel; `true` in TONED marks that the letter carried a tone. */
const BASE = new Map<string, string>();
const TONED = new Set<string>();
for (const row of ['aàáảãạ', 'ăằắẳẵặ', 'âầấẩẫậ', 'eèéẻẽẹ', 'êềếểễệ', 'iìíỉĩị', 'oòóỏõọ', 'ôồốổỗộ', 'ơờớởỡợ', 'uùúủũụ', 'ưừứửữự', 'yỳýỷỹỵ']) {
  const chars = [...row];
  for (let k = 0; k < chars.length; k++) {
    BASE.set(chars[k], chars[0]);
    if (k > 0) TONED.add(chars[k]);
  }
}

const cache = new Map<string, boolean>();
const CACHE_LIMIT = 100_000;

/** True when `word` (any case, NFC or NFD) has the shape of one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const result = check(word.normalize('NFC').toLowerCase());
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

function check(w: string): boolean {
  if (w.length === 0 || w.length > 7) return false; // the longest syllable is 7 letters: "nghiêng", "người" fits
  // Strip tone marks, allowing at most one.
  let bare = '';
  let tones = 0;
  for (const ch of w) {
    const base = BASE.get(ch);
    if (base !== undefined) {
      if (TONED.has(ch)) tones++;
      bare += base;
    } else if (ch >= 'a' && ch <= 'z' || ch === 'đ') bare += ch;
    else return false; // any other letter (ç, ö, é is fine above) is not Vietnamese; f, j, w, z fail below
  }
  if (tones > 1) return false;
  for (const onset of ONSETS) {
    if (bare.startsWith(onset) && rime(bare.slice(onset.length), onset)) return true;
  }
  return rime(bare, '');
}

function rime(r: string, onset: string): boolean {
  if (r.length === 0) return onset === 'gi'; // "gì" = gi + i: the vowel is spelt by the onset
  if (OPEN.has(r)) return true;
  for (const coda of CODAS) {
    if (r.length > coda.length && r.endsWith(coda) && CLOSED.has(r.slice(0, r.length - coda.length))) return true;
  }
  return false;
}
