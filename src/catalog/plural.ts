// CLDR plural categories of a language, from Intl.PluralRules (no data of our own).

const needed = new Map<string, Set<string>>();

/** Categories some integer 0..999 selects: what a translation must give. French needs one and
 *  other — its CLDR 'many' selects only millions ("1 million de fichiers") and is optional;
 *  Vietnamese needs other alone. */
export function requiredCategories(lang: string, ordinal = false): Set<string> {
  const k = `${lang}|${ordinal}`;
  let set = needed.get(k);
  if (!set) {
    set = new Set<string>();
    try {
      const rules = new Intl.PluralRules(lang, { type: ordinal ? 'ordinal' : 'cardinal' });
      for (let n = 0; n < 1000; n++) set.add(rules.select(n));
    } catch {
      set.add('other');
    }
    needed.set(k, set);
  }
  return set;
}

const members = new Map<string, number[] | null>();

/** The whole numbers 0..999 a category selects, when they are few (French "one": 0 and 1), else
 *  null (Russian "one": 1, 21, 31, …). */
function fewIntegersOf(lang: string, category: string, ordinal: boolean): number[] | null {
  const k = `${lang}|${ordinal}|${category}`;
  if (members.has(k)) return members.get(k) ?? null;
  let out: number[] | null = [];
  try {
    const rules = new Intl.PluralRules(lang, { type: ordinal ? 'ordinal' : 'cardinal' });
    for (let n = 0; n < 1000; n++) {
      if (rules.select(n) !== category) continue;
      if (out.length >= MAX_EXACT) {
        out = null;
        break;
      }
      out.push(n);
    }
  } catch {
    out = null;
  }
  members.set(k, out);
  return out;
}
const MAX_EXACT = 10;

/** A category the message need not give because exact matches cover its counts: Flutter's
 *  "{count, plural, =0{Aucun article} =1{1 article} other{{count} articles}}" covers French "one"
 *  (0 and 1) — for whole counts, which such messages count. */
export function coveredByExact(lang: string, category: string, exact: readonly number[], ordinal = false): boolean {
  if (exact.length === 0) return false;
  const ns = fewIntegersOf(lang, category, ordinal);
  return ns !== null && ns.length > 0 && ns.every((n) => exact.includes(n));
}

/** Every category the language has (optional ones included). */
export function allCategories(lang: string, ordinal = false): Set<string> {
  try {
    return new Set(new Intl.PluralRules(lang, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories);
  } catch {
    return new Set(['other']);
  }
}

/** A key naming a plural form as i18next ("items_one") and Rails ("items.one") spell them:
 *  [the key without it, the category], or null. "=0"-style and "zero" forms count too. */
export function pluralKey(key: string): [string, string] | null {
  const m = /^(.+?)(?:[._])(zero|one|two|few|many|other)$/.exec(key);
  return m ? [m[1], m[2]] : null;
}

/** A gettext plural form's key as the PO reader names them: "%d files[1]" is form 1 of "%d files"
 *  (msgid_plural, msgstr[1]); form 0 is the msgid's own key. [the base key, the form], or null. */
export function poFormKey(key: string): [string, number] | null {
  const m = /^(.*)\[(\d{1,2})\]$/s.exec(key);
  return m ? [m[1], Number(m[2])] : null;
}

/** Two keys of one message's plural forms: "items_one" and "items_other", "%d file" and
 *  "%d file[1]". */
export function pluralSiblings(a: string, b: string): boolean {
  const pa = pluralKey(a);
  if (pa !== null && pa[0] === pluralKey(b)?.[0]) return true;
  const base = (k: string) => poFormKey(k)?.[0] ?? k;
  return (poFormKey(a) !== null || poFormKey(b) !== null) && base(a) === base(b);
}
