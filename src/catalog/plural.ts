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
