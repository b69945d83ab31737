// Catalogs only: a source unit whose translation is absent, empty or fuzzy. In an app this is
// the string users see in the source language ("Checkout" on a French page), or — with i18next's
// default returnEmptyString — an empty button. A key only the target has is an `addition`: a
// string the app never asks for (usually a renamed key left behind).
import { allCategories, pluralKey, poFormKey, requiredCategories } from '../catalog/plural.js';
import { lineColumn } from '../catalog/position.js';
import type { Check, FindingDraft } from '../types/index.js';

export const missingTranslation: Check = {
  id: 'missing-translation',
  description: 'Catalogs: a key of the source with no translation (absent, empty or fuzzy), or a key only the translation has.',
  category: 'Accuracy/Omission',
  severity: 'major',
  run(ctx) {
    const { source, target } = ctx.alignment;
    if (!source.units || !target.units) return [];
    const out: FindingDraft[] = [];
    const targetByKey = new Map(target.units.map((u) => [u.key, u]));
    const sourceKeys = new Set(source.units.map((u) => u.key));
    for (const u of source.units) {
      if (u.sentence < 0) continue;
      const src = { start: u.start, end: u.end };
      const t = targetByKey.get(u.key);
      // "items_one" may be absent from a language that has no 'one' (Vietnamese, Japanese).
      const plural = pluralKey(u.key);
      if (!t && plural && !requiredCategories(target.lang).has(plural[1])) continue;
      // "models.user: Utilisateur" answers "models.user.one" and ".other" alike (Rails, i18next).
      if (!t && plural && (targetByKey.get(plural[0])?.sentence ?? -1) >= 0) continue;
      // gettext: msgstr[1] of "%d year" may be absent from a language with one form (Vietnamese:
      // nplurals=1, msgstr[0] serves every number) — Django's vi.po has fifteen such entries.
      const form = poFormKey(u.key);
      if (!t && form && targetByKey.has(form[0]) && form[1] >= requiredCategories(target.lang).size) continue;
      if (!t) out.push({ check: 'missing-translation', message: `Key “${u.key}” has no translation: the key is missing`, target: null, source: src });
      else if (t.skipped === 'fuzzy') {
        out.push({ check: 'missing-translation', severity: 'minor', message: `Key “${u.key}” is fuzzy: gettext leaves it out, users see the source`, target: null, source: src });
      } else if (t.skipped?.startsWith('state=')) {
        out.push({ check: 'missing-translation', severity: 'minor', message: `Key “${u.key}” is not translated yet (${t.skipped})`, target: null, source: src });
      } else if (t.sentence < 0 && !t.skipped) out.push({ check: 'missing-translation', message: `Key “${u.key}” has an empty translation`, target: null, source: src });
    }
    if (source.file.path !== target.file.path) {
      // A key written twice in one file: JSON.parse, and so i18next, react-intl and vue-i18n, keep
      // the last value; the earlier one is dead text that a translator may still be editing
      // (jitsi-meet's main-fr.json has "enterStreamKey" twice, "…Youtube ici" then "…YouTube ici.").
      const last = new Map<string, (typeof target.units)[number]>();
      for (const t of target.units) last.set(t.key, t);
      for (const t of target.units) {
        const live = last.get(t.key);
        if (!live || live === t) continue;
        const line = lineColumn(target.file.text, live.start).line;
        out.push({ check: 'addition', severity: 'minor', category: 'Accuracy/Addition', message: `Key “${t.key}” is written again further on (line ${line}): this earlier value is never shown`, target: { start: t.start, end: t.end }, source: null });
      }
      for (const t of target.units) {
        if (t.sentence < 0 || sourceKeys.has(t.key)) continue;
        // "items_few" in Polish, "items_many" in French: forms the source language lacks.
        const plural = pluralKey(t.key);
        if (plural && allCategories(target.lang).has(plural[1]) && [...source.units].some((s) => pluralKey(s.key)?.[0] === plural[0])) continue;
        // The whole plural message as one string: the source's forms are its key (see above).
        if (source.units.some((s) => pluralKey(s.key)?.[0] === t.key)) continue;
        // Minor: users never see it; it is a leftover to clean up (or a key the source lost).
        out.push({ check: 'addition', severity: 'minor', category: 'Accuracy/Addition', message: `Key “${t.key}” is not in the source: no one asks for it (a renamed or removed key?)`, target: { start: t.start, end: t.end }, source: null });
      }
    }
    return out;
  },
};
