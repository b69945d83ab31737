// opensource.guide's articles and their French community translations (test/fixtures/osg,
// CC BY 4.0): prose written by others, on a kramdown site unlike the React docs — headings without
// explicit ids, pull quotes in <aside markdown="1"> crediting English articles by title, and an
// English revised after its French was written. Every finding judged by reading both texts.
// First run (2026-12-05): 61 findings on seven page pairs, 28 true, 5 debatable, 28 false; the
// causes are fixed and tested in test/checks/osg-lessons.test.ts. Now 37: 30 true (two links broken by a
// space, found since), 5 debatable, 2 false.
// Second round, five more pages unseen the same day: 40 findings, 32 true, 3 debatable, 5 false;
// now 37: 33 true, 3 debatable, 1 false (the fixes: hour ranges, @handles, a record's id in a
// localised link, a broken link's URL no alignment anchor).
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { auditDocumentSet } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import { discover } from '../../src/run/discover.js';
import type { Finding } from '../../src/types/index.js';

const ROOT = 'test/fixtures/osg';
const pages = readdirSync(ROOT).filter((d) => d.endsWith('-fr')).sort();
const findings = (page: string): Finding[] => {
  const [set] = discover([`${ROOT}/${page}`], { sourceLang: 'en', aligned: false });
  return auditDocumentSet(set, defaultConfig()).targets.flatMap((t) => t.findings);
};

type Verdict = 'true' | 'false' | 'debatable';
// Sentence numbers as of 2026-12-05 evening: HTML blocks laid out as a browser lays them out (an
// alt text, a quotation and a `<p>` credit line are paragraphs of their own) renumbered the pages;
// the findings and verdicts are those judged before (the missing JFK pull quote now counts its
// alt text and credit: 3 sentences; the PhantomJS one likewise 5).
const JUDGED: [page: string, check: string, message: string, verdict: Verdict][] = [
  // Paragraphs the English gained after the translation: "label issues … for beginners", and the
  // no-response and dependabot bullets.
  ['best-practices-fr', 'omission', 'source sentences 132–133 (2 sentences, 34 words) have no translation', 'true'],
  ['best-practices-fr', 'omission', 'source sentences 197–198 (2 sentences, 33 words) have no translation', 'true'],
  // "[Choisissez Votre Propre Aventure] (<https://…>)", "[son guide de contribution] (https://…)":
  // a space between "]" and "(" shows the brackets and the URL on the page (found since 2026-12-05).
  ['best-practices-fr', 'entity', 'the link “https://www.talater.com/open-source-templates/#/” is broken: a space between “]” and “(” shows its text and URL as written', 'true'],
  ['building-community-fr', 'entity', 'the link “https://github.com/rubinius/rubinius/blob/HEAD/.github/contributing.md” is broken: a space between “]” and “(” shows its text and URL as written', 'true'],
  // (The English rewrote its screenshots' alt texts as descriptions; the French keeps the old labels.
  // "Source sentence 11 is cut short", judged debatable, is gone since 2026-12-06: a bead ending on
  // furniture on one side only costs more, and the label pairs elsewhere.)
  // ("Source sentence 155 is cut short", judged debatable — the image's alt text "Problème de
  // Cookiecutter" paired with the quotation 'Do you think you could submit a quick PR for this?"'
  // (Numbers since 2026-12-06: a lone "(...)" opening a quotation is no sentence of its own.)
  // — is gone since 2026-12-06: an image's alt text is a caption, never a sentence cut short.)
  ['building-community-fr', 'omission', 'source sentence 151 has no translation', 'debatable'],
  ['building-community-fr', 'omission', 'source sentences 66–73 (8 sentences, 107 words) have no translation', 'debatable'],
  ['building-community-fr', 'omission', 'source sentences 19–20 (2 sentences, 50 words) have no translation', 'true'], // the "Good first issues" bullet
  // The source now links the web.archive.org copy of a dead page.
  ['finding-users-fr', 'entity', 'the link “https://web.archive.org/web/20201128162836/http://wunder.schoenabersel…ech-conference-talk/” of the source is “http://wunder.schoenaberselten.com/2016/02/16/how-to-prepare-and-write-a-tech-conference-talk/” in the translation', 'true'],
  ['finding-users-fr', 'addition', 'target sentences 116–119: text with no counterpart in the source', 'true'], // a PhantomJS pull quote the English dropped
  ['getting-paid-fr', 'untranslated', 'Sentence left untranslated: identical to the English source', 'true'], // "@Homebrew (and [many other maintainers …]) fund their work through …"
  ['getting-paid-fr', 'addition', 'target sentence 79: text with no counterpart in the source', 'true'], // the Vue/Patreon bullet the English dropped
  ['getting-paid-fr', 'omission', 'source sentences 71–73 (3 sentences, 48 words) have no translation', 'true'], // the bounties paragraph
  // "Legal": the English rewrote its paragraph on dependencies' licences; the French has the old one.
  ['legal-fr', 'truncation', 'the translation of source sentence 43 is cut short: it is 36 % of the expected length', 'false'], // the rest of the sentence is translated two sentences later
  // Until lengths were measured as read (a masked link target counted its characters): "source
  // sentence 43 is cut short: it is 20 %", false — the sentence is rewritten, not cut; now its four
  // links (MIT, Apache 2.0, ISC, BSD), which the French names without linking, are found.
  ...['https://choosealicense.com/licenses/mit/', 'https://choosealicense.com/licenses/apache-2.0/', 'https://choosealicense.com/licenses/isc', 'https://choosealicense.com/licenses/bsd-3-clause'].map(
    (u) => ['legal-fr', 'entity', `the link “${u}” of the source is missing from the translation`, 'true'] as const,
  ),
  ['legal-fr', 'addition', 'target sentence 46: text with no counterpart in the source', 'debatable'], // the old definition of "permissive", gone from the English
  ['legal-fr', 'omission', 'source sentences 48–55 (8 sentences, 169 words) have no translation', 'true'],
  ...['https://choosealicense.com/licenses/agpl-3.0', 'https://choosealicense.com/licenses/gpl-2.0', 'https://choosealicense.com/licenses/gpl-3.0', 'https://www.gnu.org/licenses/license-list.en.html#GPLCompatibleLicenses', 'https://innovationgraph.github.com/global-metrics/licenses', 'https://github.com/thehale/git-authorship'].map(
    (u) => ['legal-fr', 'entity', `the link “${u}” of the source is missing from the translation`, 'true'] as const,
  ),
  // "(voir ci-dessous)", "(voir ci-dessus)": the links to the page's own sections dropped.
  ...Array.from({ length: 2 }, () => ['legal-fr', 'entity', 'the link “#does-my-project-need-an-additional-contributor-agreement” of the source is missing from the translation', 'true'] as const),
  ...Array.from({ length: 2 }, () => ['legal-fr', 'entity', 'the link “#which-open-source-license-is-appropriate-for-my-project” of the source is missing from the translation', 'true'] as const),
  ['legal-fr', 'entity', 'the link “https://developercertificate.org/” of the source is “https://github.com/probot/dco” in the translation', 'true'],
  ['legal-fr', 'untranslated', 'English “Awareness and process” left untranslated', 'true'], // a link text of prose
  ['legal-fr', 'omission', 'source sentence 125 has no translation', 'true'],
  ['legal-fr', 'omission', 'source sentences 127–128 (2 sentences, 29 words) have no translation', 'true'],
  ['legal-fr', 'omission', 'source sentences 163–168 (6 sentences, 119 words) have no translation', 'true'], // the "AI" bullet
  ['metrics-fr', 'moved', 'source sentence 73 is translated 6 sentences earlier (target sentence 65)', 'true'], // a list item placed higher
  ['metrics-fr', 'untranslated', 'English “Research from” left untranslated', 'true'], // "[Research from Mozilla](…) suggère que …"
  ['metrics-fr', 'entity', 'the link “https://github.blog/2023-07-19-metrics-for-issues-pull-requests-and-discussions/” of the source is missing from the translation', 'true'],
  ['metrics-fr', 'omission', 'source sentence 96 has no translation', 'true'], // the CHAOSS paragraph
  // Second round. "How to Contribute": the English gained examples ("like @CBID2 did for
  // OpenSauced's documentation"), a section and links to the credited maintainers' profiles.
  ...['https://github.com/errietta', 'https://github.com/orta', 'https://github.com/open-sauced/docs/pull/151', 'https://news.opensauced.pizza/about/', 'https://github.com/freeCodeCamp/freeCodeCamp/pull/19077', 'https://docs.astro.build/en/contribute/#contributing-to-docs', 'https://github.com/mdn/content/blob/main/.github/workflows/markdown-lint.yml', 'https://github.com/Virtual-Coffee/virtualcoffee.io/pulse', 'https://github.com/open-sauced/app/issues/1656#issuecomment-1729353346'].map(
    (u) => ['how-to-contribute-fr', 'entity', `the link “${u}” of the source is missing from the translation`, 'true'] as const,
  ),
  ['how-to-contribute-fr', 'entity', 'the name “GitHub” of the source is missing from the translation', 'true'],
  ['how-to-contribute-fr', 'omission', 'source sentence 142 has no translation in the merged translation of sentences 141–142 (EddieHub, Discord absent; the translation is 78 % of the expected length)', 'true'], // "A good example of this would be [EddieHub's Discord community](…)" the French lacks
  ...['sentences 12–15 (4 sentences, 80 words) have', 'sentence 129 has', 'sentence 136 has', 'sentence 140 has', 'sentences 146–148 (3 sentences, 22 words) have', 'sentences 161–162 (2 sentences, 45 words) have', 'sentence 173 has', 'sentence 350 has'].map(
    (x) => ['how-to-contribute-fr', 'omission', `source ${x} no translation`, 'true'] as const,
  ),
  ['how-to-contribute-fr', 'truncation', 'the translation of source sentence 313 is cut short: it is 29 % of the expected length', 'debatable'], // the English rewrote the sentence ("open it as a "draft" …")
  // The English dropped "You did it! Congratulations …" (three sentences) and rewrote the next; the
  // aligner paired the three with it (a 1-3 bead) and left its translation an addition.
  ['how-to-contribute-fr', 'addition', 'target sentence 319: text with no counterpart in the source', 'false'],
  // "Maintaining Balance": the French page says `untranslated: true` in its front matter.
  ...Array.from({ length: 3 }, () => ['maintaining-balance-for-open-source-maintainers-fr', 'untranslated', 'Sentence left untranslated: identical to the English source', 'true'] as const), // title, description, and the contributors list's "+ many others!"
  ['maintaining-balance-for-open-source-maintainers-fr', 'entity', 'the link “https://docs.google.com/document/d/1duOYQ6EbcDTH_CK6ux3BGRiVYptGTUMOtn…ading=h.mn38481ischw” of the source is missing from the translation', 'true'],
  ['maintaining-balance-for-open-source-maintainers-fr', 'wrong-language', '5 paragraphs in a row in English (the source language), not French', 'true'], // the "Contributors" section (a list item that is only a link is navigation, out of the run since 2026-12-06)
  ['security-best-practices-for-your-project-fr', 'wrong-language', 'The file is a copy of the English source, not translated into French', 'true'],
  ['security-best-practices-for-your-project-fr', 'omission', 'source sentences 45–59 (15 sentences, 216 words) have no translation', 'true'], // a section newer than the copy
  // Three sections newer than the copy, before its "Conclusion" and "Contributors", which the copy
  // has: the search had read the copy as ending there (and said nothing, the copy being reported
  // whole); the contributors' links, opening their paragraphs on both sides, now hold its end in
  // place (2026-12-07).
  ['security-best-practices-for-your-project-fr', 'omission', 'source sentences 90–136 (47 sentences, 664 words) have no translation', 'true'],
  // The cherry pie the English dropped, and its paragraph on "free software" the French lacks. Since
  // a prefix found on one side of a page only weighs half as evidence against a bead (2026-12-06),
  // that paragraph is paired with the pie's last sentences again, as before link targets were
  // anchors (2026-12-05): the omission of source sentences 14–16 is no longer reported, and two of
  // its links are "missing" — they are, with the paragraph (a regression, written down).
  ['starting-a-project-fr', 'addition', 'target sentences 13–16: text with no counterpart in the source', 'true'],
  ['starting-a-project-fr', 'entity', 'the link “#does-open-source-mean-free-of-charge” of the source is missing from the translation', 'debatable'],
  ['starting-a-project-fr', 'entity', 'the link “https://en.wikipedia.org/wiki/Free_and_open-source_software” of the source is missing from the translation', 'debatable'],
  ['starting-a-project-fr', 'entity', 'the link “https://opensource.org/definition-annotated/” of the source is “https://opensource.org/osd-annotated” in the translation', 'true'],
  ['starting-a-project-fr', 'entity', 'the handle “@dguo” of the source is missing from the translation', 'true'],
  ['starting-a-project-fr', 'entity', 'the link “https://www.makeareadme.com/” of the source is missing from the translation', 'true'],
  ['starting-a-project-fr', 'entity', 'the link “https://namechecker.vercel.app/” of the source is “http://ivantomic.com/projects/ospnc/” in the translation', 'true'],
  ['starting-a-project-fr', 'entity', 'the link “https://angular.io/guide/styleguide” of the source is missing from the translation', 'true'],
  ['starting-a-project-fr', 'entity', 'the link “https://docs.github.com/repositories/managing-your-repositorys-setting…epository-visibility” is broken: a space between “]” and “(” shows its text and URL as written', 'true'],
].map((x) => [...x] as [string, string, string, Verdict]);

describe('opensource.guide in French, judged', () => {
  it('has the twelve page pairs', () => {
    expect(pages).toHaveLength(12);
  });

  it('every finding is one judged by reading (a new one must be judged and added here)', () => {
    const found = pages.flatMap((p) => findings(p).map((f) => `${p} | ${f.check} | ${f.message}`)).sort();
    expect(found).toEqual(JUDGED.map(([p, c, m]) => `${p} | ${c} | ${m}`).sort());
  });

  it('is at least 0.8 precise; the false alarms are one of a rewritten paragraph and one of a 1-3 bead', () => {
    expect(JUDGED.filter((j) => j[3] === 'true').length / JUDGED.length).toBeGreaterThanOrEqual(0.8);
    expect(JUDGED.filter((j) => j[3] === 'false').map((j) => j[0])).toEqual(['legal-fr', 'how-to-contribute-fr']);
  });

  it('the code of conduct and "Leadership and Governance", pull quotes and credit lines included, raise nothing', () => {
    expect(findings('code-of-conduct-fr')).toEqual([]);
    expect(findings('leadership-and-governance-fr')).toEqual([]);
  });
});
