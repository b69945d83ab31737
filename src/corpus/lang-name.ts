// The language a file name declares. tqc's rule everywhere: the file name first ("vi.txt"),
// then --langs, then detection (see document.ts).
//
// Recognised, in this order:
//   1. the base name is a code:            vi.txt, fr.md, pt-BR.txt (→ "pt")
//   2. a ".xx." infix before the extension: article.fr.md, llama.vi.txt, README.de-DE.md
//   3. the parent directory is a code:     docs/fr/guide.md, i18n/es/index.md
// Only ISO 639-1 codes count, so "notes.txt", "draft.v2.md" or "src/app.md" declare nothing.
// Suffixes such as "article-fr.txt" or "article_fr.txt" are not read: too many ordinary names end
// in two letters ("report_de" may be German, "config_it" is not Italian).
import { basename, dirname, extname } from 'node:path';
import type { Lang } from '../types/index.js';

const LANG = /^[a-z]{2,3}$/;
// Made on first use: ~3 ms, and most runs name no language.
let names: Intl.DisplayNames | undefined;

/** A real ISO 639 code: ICU knows a name for it ("zz", "xx" and "vn" fall back to themselves).
 *  The one rule for `--langs`, and for `langs`, `sourceLang` and allowlist keys in tqc.config.json. */
export function isLanguageCode(code: string): boolean {
  return LANG.test(code) && code !== 'und' && (names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' })).of(code) !== code;
}

// ISO 639-1: every two-letter code (plus the deprecated "sh").
export const ISO_639_1 = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el ' +
    'en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ' +
    'ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na ' +
    'nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn ' +
    'so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'
  ).split(' '),
);

/** "fr" → "fr", "pt-BR" / "pt_br" → "pt", anything else → null. */
function code(part: string): Lang | null {
  const m = /^([a-z]{2})(?:[-_][a-z]{2,4})?$/i.exec(part);
  if (!m) return null;
  // Only lower-case base codes: "IT.txt" or "US.md" are more likely names than languages.
  if (m[1] !== m[1].toLowerCase()) return null;
  const lang = m[1];
  return ISO_639_1.has(lang) ? lang : null;
}

export function langFromName(path: string, fromDirectory = true): Lang | null {
  const file = basename(path);
  const ext = extname(file);
  const stem = ext ? file.slice(0, -ext.length) : file;
  const whole = code(stem);
  if (whole) return whole;
  const dot = stem.lastIndexOf('.');
  if (dot > 0) {
    const infix = code(stem.slice(dot + 1));
    if (infix) return infix;
  }
  if (!fromDirectory) return null;
  const dir = basename(dirname(path));
  return dir && dir !== '.' && dir !== '/' ? code(dir) : null;
}
