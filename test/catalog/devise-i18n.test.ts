// devise-i18n's Rails YAML catalogs (test/fixtures/devise-i18n, MIT): en.yml, fr.yml and vi.yml,
// checked through the CLI as a user would (`tqc check test/fixtures/devise-i18n --format json`).
// Every finding was judged by reading the English and the translated value (JUDGED below): a new
// finding, or a lost one, fails the test until someone reads it and updates the table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliFindings, type Found } from '../helpers/judged.js';

const ROOT = 'test/fixtures/devise-i18n';

type Verdict = 'true' | 'false' | 'debatable';
interface Judged { lang: 'fr' | 'vi'; check: string; key: string; verdict: Verdict; why: string }
let cached: Found[] | undefined;
const found = (): Found[] => (cached ??= cliFindings([ROOT]));

const row = (lang: Judged['lang'], check: string, key: string, verdict: Verdict, why: string): Judged => ({ lang, check, key, verdict, why });

// Judged 2026-12-04 by reading both values of every finding.
const JUDGED: Judged[] = [
  // ── French ──────────────────────────────────────────────────────────────────────────────────
  row('fr', 'punctuation', 'devise.registrations.edit.currently_waiting_confirmation_for_email', 'true', '"pour: %{email}": French wants a space before the colon'),
  row('fr', 'punctuation', 'activerecord.attributes.user.remember_me', 'debatable', 'the checkbox label "Remember me" made a question, "Se souvenir de moi ?": a choice of style'),
  row('fr', 'punctuation', 'devise.mailer.reset_password_instructions.instruction', 'debatable', 'two sentences made one ending "le voici :" before the link that follows: a fair rendering'),
  // ── Vietnamese ──────────────────────────────────────────────────────────────────────────────
  row('vi', 'untranslated', 'devise.registrations.edit.we_need_your_current_password_to_confirm_your_changes', 'true', 'the English sentence left as it is'),
  row('vi', 'missing-translation', 'devise.mailer.email_changed.message_unconfirmed', 'true', 'key absent: Devise shows the English e-mail'),
  row('vi', 'missing-translation', 'devise.registrations.updated_but_not_signed_in', 'true', 'key absent: Devise shows the English message'),
  row('vi', 'punctuation', 'devise.failure.invalid', 'true', 'a full sentence lost its full stop (every other failure message keeps it)'),
  row('vi', 'punctuation', 'devise.failure.not_found_in_database', 'true', 'same sentence, same lost full stop'),
  row('vi', 'punctuation', 'devise.mailer.password_change.message', 'true', 'trailing space inside the quotes'),
  row('vi', 'punctuation', 'devise.mailer.password_change.subject', 'true', 'trailing space inside the quotes'),
  row('vi', 'punctuation', 'devise.registrations.edit.unhappy', 'true', '"Unhappy?" became the statement "Không hài lòng"'),
  row('vi', 'punctuation', 'devise.mailer.password_change.subject', 'debatable', 'a full stop added to an e-mail subject: style'),
  row('vi', 'punctuation', 'devise.mailer.email_changed.subject', 'debatable', 'a full stop added to an e-mail subject: style'),
  row('vi', 'punctuation', 'errors.messages.already_confirmed', 'debatable', 'a full stop added to a fragment Rails appends to a field name'),
  row('vi', 'punctuation', 'errors.messages.confirmation_period_expired', 'debatable', 'same'),
  row('vi', 'punctuation', 'errors.messages.expired', 'debatable', 'same'),
];

// Reported by the first run (2026-12-04) and no more: the whole plural message given as one string
// ("models: user: Utilisateur" where the English has "user: one: User, other: Users"), which Rails
// answers every count with, was read as two missing forms and an extra key.
const NO_LONGER_REPORTED: { lang: string; check: string; key: string }[] = [
  { lang: 'fr', check: 'missing-translation', key: 'activerecord.models.user.one' },
  { lang: 'fr', check: 'missing-translation', key: 'activerecord.models.user.other' },
  { lang: 'fr', check: 'addition', key: 'activerecord.models.user' },
  { lang: 'vi', check: 'missing-translation', key: 'activerecord.models.user.other' },
  { lang: 'vi', check: 'addition', key: 'activerecord.models.user' },
];

const id = (x: { lang: string; check: string; key: string }) => `${x.lang} | ${x.check} | ${x.key}`;

describe('the devise-i18n catalogs', () => {
  it('are the three stored files, whole', () => {
    const sizes = ['en', 'fr', 'vi'].map((l) => readFileSync(join(ROOT, `${l}.yml`), 'utf8').length);
    expect(sizes).toEqual([7857, 8486, 7569]);
  });

  it('every finding is one judged by reading (a new one must be judged and added here)', () => {
    expect(found().map(id).sort()).toEqual(JUDGED.map(id).sort());
  });

  it('a plural message given as one string is no missing form and no extra key', () => {
    const now = new Set(found().map(id));
    expect(NO_LONGER_REPORTED.filter((j) => now.has(id(j))).map(id)).toEqual([]);
  });

  it('precision: figures as reported', () => {
    const count = (v: Verdict) => JUDGED.filter((j) => j.verdict === v).length;
    expect([JUDGED.length, count('true'), count('false'), count('debatable')]).toEqual([16, 9, 0, 7]);
    for (const j of JUDGED) expect(j.why.length, id(j)).toBeGreaterThan(3);
  });
});
