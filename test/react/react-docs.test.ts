// The React docs and their French and Vietnamese community translations (test/fixtures/react,
// CC BY 4.0): real MDX nobody on the team wrote, every finding judged by reading both texts
// (the verdicts are in JUDGED below). What a documentation team running tqc in CI
// must get: markup, code, localised links and kept anchors quiet; the real defects found; and
// every finding placed at its exact text in the file.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { placeSpan } from '../../src/report/positions.js';
import { auditDocumentSet } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import { discover } from '../../src/run/discover.js';
import { isFunctionWord } from '../../src/lang/words.js';
import type { AuditDocument, AuditDocumentVersion, Finding, Span } from '../../src/types/index.js';

const ROOT = 'test/fixtures/react';
const pages = readdirSync(ROOT).filter((d) => /-(fr|vi|es|ja|zh)$/.test(d)).sort();
const audits = new Map<string, AuditDocument>();
const audit = (page: string): AuditDocument => {
  let a = audits.get(page);
  if (!a) {
    const [set] = discover([`${ROOT}/${page}`], { sourceLang: 'en', aligned: false });
    audits.set(page, (a = auditDocumentSet(set, defaultConfig())));
  }
  return a;
};
const findings = (page: string): Finding[] => audit(page).targets.flatMap((t) => t.findings);
/** Every check's message on a page, those folded into another finding of the same text
 *  (`alsoSeenBy`: one problem, one finding) included. */
const messages = (page: string, check: string): string[] =>
  findings(page).flatMap((f) => [f, ...(f.alsoSeenBy ?? [])].filter((x) => x.check === check).map((x) => x.message));
const fileSlice = (v: AuditDocumentVersion, span: Span, text: string) => text.slice(v.sentences[span.segments[0]].start + span.start, v.sentences[span.segments[1]].start + span.end);

describe('the React fixture set', () => {
  it('has at least 15 page pairs, 6 French and 6 Vietnamese, read as MDX', () => {
    expect(pages.length).toBeGreaterThanOrEqual(15);
    expect(pages.filter((p) => p.endsWith('-fr')).length).toBeGreaterThanOrEqual(6);
    expect(pages.filter((p) => p.endsWith('-vi')).length).toBeGreaterThanOrEqual(6);
  });
});

describe('what must stay quiet', () => {
  // Eight French pages with code blocks, JSX components, tables, MDN and javascript.info links
  // moved to /fr/, a Wikipedia link to the French article, {/*id*/} anchors kept and an
  // <Illustration alt=…> translated: a correct translation raises nothing. state-a-components-
  // memory ends a list item with a link whose text is code ("avec le Hook
  // [`useState`](/reference/react/useState)"): all markup after the sentence, it was reported
  // missing until a link trailing its sentence on the same line was counted as the sentence's.
  it.each([
    'learn-your-first-component-fr',
    'learn-updating-arrays-in-state-fr',
    'learn-passing-props-to-a-component-fr',
    'learn-thinking-in-react-fr',
    'learn-writing-markup-with-jsx-fr',
    'learn-conditional-rendering-fr',
    'learn-responding-to-events-fr',
    'learn-state-a-components-memory-fr',
  ])('%s: no finding at all', (page) => {
    expect(findings(page).map((f) => `${f.check}: ${f.message}`)).toEqual([]);
  });

  it('no finding anywhere is about code, a JSX tag, front matter keys or a URL read as words', () => {
    for (const page of pages) {
      for (const f of findings(page)) {
        const text = f.target?.text ?? f.source?.text ?? '';
        expect(text, `${page}: ${f.message}`).not.toMatch(/^\s*(<\/?[A-Z][A-Za-z]*|```|title:|export default|const |import )/);
        // A URL as a Markdown link's target is the sentence's own markup (an omitted sentence shows it).
        if (f.check !== 'entity') expect(text.replace(/\]\(https?:\/\/[^)\s]*\)/g, ']()'), `${page}: ${f.message}`).not.toMatch(/https?:\/\//);
      }
    }
  });

  it('the Vietnamese heading anchors and localised links raise no entity finding but the real ones', () => {
    const entity = pages.filter((p) => p.endsWith('-vi')).flatMap((p) => messages(p, 'entity'));
    // Not '/reference/react/useState': the link ending a list item of state-a-components-memory
    // is there in Vietnamese too (it was the set's one false alarm, judged below).
    // updating-objects-in-state adds four "Javascript" and the component `Background` written `background`.
    expect(entity.map((m) => /“([^”]*)”/.exec(m)?.[1]).sort()).toEqual(['/reference/react-dom/comComponents/common', 'Background', ...Array(6).fill('JavaScript'), 'camelCase', 'useState']);
    expect(findings('learn-state-a-components-memory-vi')).toEqual([]);
  });
});

describe('what must be found', () => {
  it('writing-markup-with-jsx vi: the English alt text of a <Diagram> left untranslated', () => {
    const f = findings('learn-writing-markup-with-jsx-vi').filter((x) => x.target?.text.startsWith('React component with HTML and JavaScript'));
    expect(f.length).toBeGreaterThanOrEqual(2);
  });

  it('writing-markup-with-jsx vi: the mistyped link /reference/react-dom/comComponents/common', () => {
    // Its sentence has no counterpart in the excerpt's source, so the addition carries the finding.
    const m = messages('learn-writing-markup-with-jsx-vi', 'entity').find((x) => x.includes('/reference/react-dom/comComponents/common'));
    expect(m).toContain('which has “/reference/react-dom/components/common”');
  });

  it('writing-markup-with-jsx vi: "**wrap them with a single parent tag.**" left in English', () => {
    const f = findings('learn-writing-markup-with-jsx-vi').filter((x) => x.check === 'untranslated' && /wrap them with|single parent tag/.test(x.target?.text ?? ''));
    expect(f.length).toBeGreaterThanOrEqual(1);
  });

  it('thinking-in-react vi: the English block of a merge conflict left in the page, one finding named a conflict', () => {
    const conflict = findings('learn-thinking-in-react-vi').filter((x) => /merge conflict/.test(x.message));
    expect(conflict).toHaveLength(1);
    // its English side (five list items) is not read as the translation's sentences: nothing else
    // reports it (before: five 'untranslated' findings, then one wrong-language run folded in)
    expect(conflict[0].alsoSeenBy).toBeUndefined();
    const texts = findings('learn-thinking-in-react-vi').map((x) => x.target?.text ?? '');
    expect(texts.some((t) => t.includes('Identify components that use state'))).toBe(true);
    expect(texts.some((t) => t.includes('b1a249d597016c6584e4c186daa28b180cc9aafc'))).toBe(true);
  });

  it('responding-to-events vi: the section "Event propagation" left in English', () => {
    const f = findings('learn-responding-to-events-vi').filter((x) => x.check === 'wrong-language' || x.check === 'untranslated');
    expect(f.map((x) => x.target?.text)).toEqual(expect.arrayContaining(['Event propagation', expect.stringMatching(/^Event handlers will also catch events/)]));
  });

  it('a page translated half-way (the French of updating-objects-in-state, its last two sections left in English): one finding for the English run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tqc-halfway-'));
    const en = readFileSync(`${ROOT}/learn-updating-objects-in-state-fr/en.mdx`, 'utf8').split('\n');
    const fr = readFileSync(`${ROOT}/learn-updating-objects-in-state-fr/fr.mdx`, 'utf8').split('\n');
    const h2 = (lines: string[]) => lines.flatMap((l, i) => (l.startsWith('## ') ? [i] : []));
    writeFileSync(join(dir, 'en.mdx'), en.join('\n'));
    writeFileSync(join(dir, 'fr.mdx'), [...fr.slice(0, h2(fr)[2]), ...en.slice(h2(en)[2])].join('\n'));
    const [set] = discover([dir], { sourceLang: 'en', aligned: false });
    const found = auditDocumentSet(set, defaultConfig()).targets[0].findings;
    // Before: "The file is written in English … (source and translation swapped?)", critical.
    expect(found.map((f) => [f.check, f.severity, f.message.replace(/^\d+/, 'N')])).toEqual([['wrong-language', 'major', 'N paragraphs in a row in English (the source language), not French']]);
    expect(found[0].target?.text).toMatch(/^Copying objects with the spread syntax/);
  });

  it('conditional-rendering es: each merge conflict in the example code is placed at its own line, not the sentence before', () => {
    const a = audit('learn-conditional-rendering-es');
    const t = a.targets[0];
    const lines = t.findings.map((f) => placeSpan(t, f.target!)?.start.line);
    // "lines 575–599" and "lines 627–651" were both "es.mdx:557:98", the end of the sentence before them
    expect(lines).toEqual([35, 97, 163, 281, 349, 444, 504, 575, 627, 689, 747]);
  });

  it('updating-arrays-in-state vi: "Javascript" for "JavaScript"', () => {
    expect(findings('learn-updating-arrays-in-state-vi').some((x) => x.check === 'entity' && x.actual === 'Javascript')).toBe(true);
  });
});

describe('every finding is placed at its text in the file', () => {
  it.each(pages)('%s', (page) => {
    const a = audit(page);
    const texts = new Map<AuditDocumentVersion, string>();
    const textOf = (v: AuditDocumentVersion) => texts.get(v) ?? (texts.set(v, readFileSync(v.path, 'utf8')), texts.get(v)!);
    for (const t of a.targets) {
      for (const f of t.findings) {
        for (const [v, span] of [[t, f.target], [a.source, f.source]] as const) {
          if (!span) continue;
          const text = textOf(v);
          expect(fileSlice(v, span, text)).toBe(span.text);
          // The segment's line and column are those of its first character in the file.
          const seg = v.sentences[span.segments[0]];
          const before = text.slice(0, seg.start);
          expect(seg.line).toBe(before.split('\n').length);
          expect(seg.column).toBe(seg.start - (before.lastIndexOf('\n') + 1) + 1);
        }
      }
    }
  });
});

// Every finding on the set, judged by reading both texts (2026-12-03; responding-to-events and
// state-a-components-memory added 2026-12-04). A new finding fails this
// test until someone reads it and adds it here with a verdict: the set's precision is the share of
// "true". Before kept terms were told apart from prose: 183 findings, 173 of them `untranslated`,
// 150 of those bare English terms Vietnamese technical writing keeps ("component" ×39, "array",
// "props", "state"): precision 0.13. Now 18 findings: 16 true, 2 debatable (0.89); by check: untranslated 10/10,
// wrong-language 2/2, addition 3/4 (+1 debatable), entity 1/2 (+1 debatable). "camelCase" rendered "casse Camel"
// in French was the one false alarm left: a lower-camel-case term described in words is not missing.
// With the two pages added on 2026-12-04: 26 findings, 22 true, 2 debatable, 2 false (0.85); by
// check: untranslated 12/12, wrong-language 5/5, addition 3/4 (+1 debatable), entity 2/5 (+1
// debatable, 2 false). The 2 false: the link [`useState`](/reference/react/useState) ending a
// <YouWillLearn> list item in fr and vi is left out of the target segment's text ("Comment ajouter
// une variable d'état avec le Hook"), so the link present in both translations was reported
// missing. Fixed (a link trailing its sentence on the same line is the sentence's): 24 findings,
// 22 true, 2 debatable, 0 false (0.92). The French translators' note on learn/rendering-lists ("*(«
// Avertissement : … », NdT.)*", a debatable addition) is a translator's note marked as such, no
// longer reported: 23 findings, 22 true, 1 debatable (the Vietnamese "CamelCase"), 0 false (0.96);
// by check: untranslated 12/12, wrong-language 5/5, addition 3/3, entity 2/3 (+1 debatable).
// The English paragraph the Vietnamese writing-markup page keeps above its translation was an
// addition on the translation plus two untranslated sentences; it is now one addition on the English
// (a copy of the source beside its translation, see checks/shared/coverage.ts), and the mistyped
// link in the translation its own entity finding: 22 findings, 21 true, 1 debatable (0.95); by
// check: untranslated 10/10, wrong-language 5/5, addition 3/3, entity 3/4 (+1 debatable).
/** The Spanish page's eleven merge conflicts, all in the example's code. */
const ES_CONFLICTS = [
  'a merge conflict left in the file, lines 35–59: “<<<<<<< HEAD” … “>>>>>>> 7c36f7ac329f”',
  'a merge conflict left in the file, lines 97–121: “<<<<<<< HEAD” … “>>>>>>> 7c36f7ac329f”',
  'a merge conflict left in the file, lines 163–187: “<<<<<<< HEAD” … “>>>>>>> 7c36f7ac329f”',
  'a merge conflict left in the file, lines 281–305: “<<<<<<< HEAD” … “>>>>>>> 7c36f7ac329f”',
  'a merge conflict left in the file, lines 349–373: “<<<<<<< HEAD” … “>>>>>>> 7c36f7ac329f”',
  'a merge conflict left in the file, lines 444–468: “<<<<<<< HEAD” … “>>>>>>> 7c36f7ac329f”',
  'a merge conflict left in the file, lines 504–528: “<<<<<<< HEAD” … “>>>>>>> 7c36f7ac329f”',
  'a merge conflict left in the file, lines 575–599: “<<<<<<< HEAD” … “>>>>>>> 7c36f7ac329f”',
  'a merge conflict left in the file, lines 627–651: “<<<<<<< HEAD” … “>>>>>>> 7c36f7ac329f”',
  'a merge conflict left in the file, lines 689–713: “<<<<<<< HEAD” … “>>>>>>> 7c36f7ac329f”',
  'a merge conflict left in the file, lines 747–771: “<<<<<<< HEAD” … “>>>>>>> 7c36f7ac329f”',
];
const JUDGED: [page: string, check: string, message: string, verdict: 'true' | 'false' | 'debatable'][] = [
  // Until 2026-12-06 also "target sentence 18: text with no counterpart in the source", judged true
  // ("an example the English no longer has"): misjudged. The English has it ("For example, a common
  // mistake is to write code like `messageCount && <p>New messages</p>`."); the aligner merged it
  // into the next bead. Inline code both versions keep as written now pairs it: the finding is gone.
  // A merge conflict in prose: the Vietnamese sentence and the English list between the markers
  // (until 2026-12-04 six findings: the list's five sentences untranslated, the markers added).
  ['learn-thinking-in-react-vi', 'addition', 'a merge conflict left in the file, lines 81–89: “<<<<<<< HEAD” … “>>>>>>> b1a249d59701”', 'true'],
  ['learn-updating-arrays-in-state-vi', 'entity', 'the name “JavaScript” is written “Javascript” in the translation', 'true'],
  ...Array.from({ length: 2 }, () => ['learn-writing-markup-with-jsx-vi', 'wrong-language', 'Paragraph in English (the source language), not Vietnamese', 'true'] as const), // <Diagram alt> left in English
  // The two captions "`Sidebar.js` React component" left as in English were judged true until
  // 2026-12-05; the translation's own prose says "Mỗi React component là …": a term it keeps, now quiet.
  ['learn-writing-markup-with-jsx-vi', 'untranslated', 'English “wrap them with” left untranslated', 'true'],
  ['learn-writing-markup-with-jsx-vi', 'entity', 'the name “camelCase” is written “CamelCase” in the translation', 'debatable'],
  // The English paragraph left above its Vietnamese translation: one finding on the English (its two
  // sentences' untranslated findings folded in); the translation carries the mistyped link.
  ['learn-writing-markup-with-jsx-vi', 'addition', 'target sentences 47–48: the source text left in the translation, beside its translation (target sentences 49–50)', 'true'],
  ['learn-writing-markup-with-jsx-vi', 'entity', 'the link “/reference/react-dom/comComponents/common” of the translation is not in the source, which has “/reference/react-dom/components/common”: a mistyped link?', 'true'],
  // First half of "Reacting to Input with State" in French (to "Étape 3"), added unseen on 2026-12-05.
  // First run: 6 findings, 4 true, 2 false — the English sentence left above its translation was
  // three fragment findings (now one), and alt="Des 1 et des 0." for "Ones and zeroes." two number
  // findings (plural number words now excuse their digits).
  ['learn-reacting-to-input-with-state-fr', 'entity', 'the name “JavaScript” is written “Javascript” in the translation', 'true'], // in an <Illustration alt>
  ['learn-reacting-to-input-with-state-fr', 'untranslated', 'English “component has a lot of visual states, it can be convenient to show them all on one page” left untranslated', 'true'], // "If a component has … on one page:" left in the <DeepDive>, its French on the next line
  ['learn-responding-to-events-vi', 'entity', 'the name “JavaScript” is written “Javascript” in the translation', 'true'], // in the <Pitfall>
  ['learn-responding-to-events-vi', 'untranslated', 'Sentence left untranslated: identical to the English source', 'true'], // "Event propagation" section left in English: its heading
  ['learn-responding-to-events-vi', 'wrong-language', '4 paragraphs in a row in English (the source language), not Vietnamese', 'true'], // the same section's three paragraphs and its <Pitfall> sentence: one run (four findings before)
  // Two whole pages added on 2026-12-04, judged before any change (7 findings: 3 true, 4 false) and
  // after the three fixes they led to (zero = 0; a renamed host of a localised link; the source left
  // beside its translation): 4 findings, 3 true, 1 debatable; then the two merge conflicts left in
  // their code, and an identifier replaced in inline code, which reading found and tqc had missed:
  // 7 findings, 6 true, 1 debatable.
  ['learn-choosing-the-state-structure-fr', 'omission', 'source sentence 82 has no translation', 'true'], // "(Alternatively, you may hold the selected index in state.)" is in no French version
  ['learn-choosing-the-state-structure-vi', 'omission', 'source sentence 82 has no translation', 'true'], // nor in the Vietnamese
  ['learn-choosing-the-state-structure-vi', 'addition', 'target sentences 58–59: the source text left in the translation, beside its translation (target sentences 60–61)', 'true'],
  // Missed at first (the helper's reading found them): unresolved merges in a code block.
  ['learn-choosing-the-state-structure-fr', 'addition', 'a merge conflict left in the file, lines 1722–1728: “<<<<<<< HEAD” … “>>>>>>> 1207ee36e1c7”', 'true'],
  ['learn-choosing-the-state-structure-vi', 'addition', 'a merge conflict left in the file, lines 1722–1726: “<<<<<<< HEAD” … “>>>>>>> 38b52cfdf059”', 'true'],
  ['learn-sharing-state-between-components-fr', 'entity', 'the code “activeIndex” of the source is “isActive” in the translation', 'true'],
  // Three whole pages added unseen on 2026-12-04 (describing-the-ui, importing-and-exporting-
  // components, state-as-a-snapshot; fr and vi). First run: 10 findings, 7 true, 3 false; the two
  // false "+5"/"+3" numbers (a quoted button label of the example's code) are fixed.
  ...Array.from({ length: 2 }, () => ['learn-describing-the-ui-vi', 'wrong-language', 'Paragraph in English (the source language), not Vietnamese', 'true'] as const), // <Diagram> descriptions left in English
  ['learn-importing-and-exporting-components-fr', 'addition', 'a merge conflict left in the file, lines 283–289: “<<<<<<< HEAD” … “>>>>>>> bbb08a5a04b0”', 'true'], // in a code block
  ['learn-importing-and-exporting-components-fr', 'omission', 'source sentence 5 has no translation', 'true'], // "Before getting started with components…": in neither translation
  ['learn-importing-and-exporting-components-vi', 'omission', 'source sentence 5 has no translation', 'true'],
  ['learn-state-as-a-snapshot-vi', 'addition', 'a merge conflict left in the file, lines 77–90: “<<<<<<< HEAD” … “>>>>>>> af54fc873819”', 'true'], // in prose
  ['learn-state-as-a-snapshot-vi', 'entity', 'the code “useState” of the source is “setState” in the translation', 'true'], // "Khi bạn gọi `setState`" for "When you call `useState`"
  // Was false: the three <Illustration> captions are translated, but the merge conflict above makes
  // the file invalid MDX, and read as Markdown the captions ran together as one sentence, "omitted"
  // against the English. Fixed: a block of tags only gives each caption its own paragraph.
  ['learn-sharing-state-between-components-vi', 'untranslated', 'English “is shown” left untranslated (a quotation: kept on purpose?)', 'debatable'],
  // Round 4 (2026-12-04), three more whole pages tqc had not seen (adding-interactivity,
  // updating-objects-in-state, preserving-and-resetting-state; fr and vi). First run: 28 findings,
  // 25 true, 3 false; the three false are fixed, each with a test: "Vấn đề nằm ở đoạn code này:"
  // for "The problem is with this bit of code." was "cut short" (a colon ends a whole sentence);
  // "_số 0 bản thân nó_" for "the _number `0` itself_" was a 0 "not in the source" (the source's
  // 0 is inline code); the French repaired the source's relative link "learn/understanding-…".
  ['learn-adding-interactivity-vi', 'wrong-language', '3 paragraphs in a row in English (the source language), not Vietnamese', 'true'], // three <Illustration alt=…> left in English (three 'untranslated' findings before runs were one)
  ['learn-updating-objects-in-state-fr', 'addition', 'a merge conflict left in the file, lines 299–303: “<<<<<<< HEAD” … “>>>>>>> 47e64bf7ad81”', 'true'],
  ['learn-updating-objects-in-state-fr', 'addition', 'a merge conflict left in the file, lines 380–384: “<<<<<<< HEAD” … “>>>>>>> 47e64bf7ad81”', 'true'],
  ['learn-updating-objects-in-state-vi', 'addition', 'a merge conflict left in the file, lines 384–388: “<<<<<<< HEAD” … “>>>>>>> 6fc98fffdaad”', 'true'],
  ...Array.from({ length: 4 }, () => ['learn-updating-objects-in-state-vi', 'entity', 'the name “JavaScript” is written “Javascript” in the translation', 'true'] as const),
  ['learn-updating-objects-in-state-vi', 'entity', 'the code “Background” of the source is “background” in the translation', 'true'], // the component `Background` written `background`
  ['learn-preserving-and-resetting-state-vi', 'addition', 'a merge conflict left in the file, lines 89–93: “<<<<<<< HEAD” … “>>>>>>> 47e64bf7ad81”', 'true'],
  ...Array.from({ length: 9 }, () => ['learn-preserving-and-resetting-state-vi', 'wrong-language', 'Paragraph in English (the source language), not Vietnamese', 'true'] as const), // <Diagram alt=…> descriptions left in English
  ['learn-preserving-and-resetting-state-vi', 'wrong-language', '3 paragraphs in a row in English (the source language), not Vietnamese', 'true'], // the Scoreboard diagrams' descriptions and the label "Click "next"": one run (four findings before) // "two "is shown" flags": names boolean flags, quoted as in the source
  // Round 5 (2026-12-04): one whole page, "Conditional Rendering", in three more languages
  // (Spanish, Japanese, Chinese), languages tqc has less data for (none for Japanese and Chinese).
  // First run: 27 findings, 16 true, 2 debatable, 9 false, from three causes, fixed with tests:
  // the English side of a merge conflict was read as the translation's sentences and shifted the
  // alignment by one (Chinese: an omission and two additions; Japanese: an omission, an addition
  // and two "2" of "2 つの例" "added" for "the two examples"); a Latin name run into kana
  // ("JavaScriptを") was "missing"; a Japanese bold note without 。 was "cut short".
  ...Array.from({ length: 11 }, () => ['learn-conditional-rendering-es', 'addition', '', 'true'] as const).map((x, k) => [x[0], x[1], ES_CONFLICTS[k], x[3]] as const), // in the example's code: Spanish and English item names
  ['learn-conditional-rendering-ja', 'addition', 'a merge conflict left in the file, lines 629–633: “<<<<<<< HEAD” … “>>>>>>> da93812c7802”', 'true'],
  ['learn-conditional-rendering-ja', 'entity', 'the heading anchor “show-the-item-importance-with-” is “show-the-item-importance-with” in the translation: links to the section break', 'true'], // the English anchor ends in "-"
  ['learn-conditional-rendering-ja', 'untranslated', 'English “Preserving and” left untranslated', 'debatable'], // the link text "Preserving and Resetting State", another page's English title (the Chinese translates it)
  ['learn-conditional-rendering-ja', 'wrong-language', '3 paragraphs in a row in English (the source language), not Japanese', 'debatable'], // "Space suit _(Importance: 9)_": the example's expected output, whose code keeps the English item names
  ['learn-conditional-rendering-zh', 'addition', 'a merge conflict left in the file, lines 57–61: “<<<<<<< HEAD” … “>>>>>>> a220bb3f2117”', 'true'],
  ['learn-conditional-rendering-zh', 'addition', 'a merge conflict left in the file, lines 211–215: “<<<<<<< HEAD” … “>>>>>>> a220bb3f2117”', 'true'],
  ['learn-conditional-rendering-zh', 'entity', 'the code “importance” of the source is “importantce” in the translation', 'true'], // a typo in the solution's inline code
  // Round 6 (2026-12-05): two whole pages tqc had not seen ("Queueing a Series of State Updates",
  // "Referencing Values with Refs"; fr and vi). First run: 10 findings, 8 true, 2 false, both fixed
  // with tests: "How does useRef work inside?" → "Comment fonctionne `useRef` en interne ?" was
  // "useRef" missing (a name set as inline code in the translation); the Vietnamese table header
  // "refs | state", kept as in English, was an untranslated sentence (terms its prose uses throughout).
  ['learn-queueing-a-series-of-state-updates-fr', 'omission', 'source sentences 13–18 (6 sentences, 83 words) have no translation', 'true'], // the English section "Important Caveat on Using `await`…", added after the translation
  ['learn-queueing-a-series-of-state-updates-vi', 'omission', 'source sentences 13–18 (6 sentences, 83 words) have no translation', 'true'],
  ['learn-queueing-a-series-of-state-updates-fr', 'addition', 'a merge conflict left in the file, lines 181–185: “<<<<<<< HEAD” … “>>>>>>> 2639f369946f”', 'true'],
  ['learn-queueing-a-series-of-state-updates-fr', 'addition', 'a merge conflict left in the file, lines 311–315: “<<<<<<< HEAD” … “>>>>>>> 2639f369946f”', 'true'], // in the example's code: "Acheter" / "Buy"
  ['learn-queueing-a-series-of-state-updates-fr', 'addition', 'a merge conflict left in the file, lines 359–363: “<<<<<<< HEAD” … “>>>>>>> 2639f369946f”', 'true'],
  ['learn-queueing-a-series-of-state-updates-vi', 'addition', 'a merge conflict left in the file, lines 181–185: “<<<<<<< HEAD” … “>>>>>>> 47e64bf7ad81”', 'true'],
  ['learn-queueing-a-series-of-state-updates-vi', 'wrong-language', 'Paragraph in English (the source language), not Vietnamese', 'true'], // <Illustration alt=…> left in English (the French translates it)
  ['learn-referencing-values-with-refs-fr', 'addition', 'a merge conflict left in the file, lines 465–469: “<<<<<<< HEAD” … “>>>>>>> d52b3ec73407”', 'true'],
  // Round 7 (2026-12-05): two more whole pages tqc had not seen ("Render and Commit", "Keeping
  // Components Pure"; fr and vi). First run: 17 findings, 15 true, 2 false, both fixed with tests:
  // a link to wikipedia.org (no language label) localised as fr.wikipedia.org/wiki/Fonction_pure
  // was a changed link; "StrictMode" of a heading set as `StrictMode` closing the French heading
  // (after the sentence's end) was missing. The Vietnamese "Keeping Components Pure": no finding.
  ...['607–615', '710–718', '784–790', '814–822'].map((l) => ['learn-keeping-components-pure-fr', 'addition', `a merge conflict left in the file, lines ${l}: “<<<<<<< HEAD” … “>>>>>>> 2da4f7fbd90d”`, 'true'] as const), // in the example's code
  ['learn-keeping-components-pure-fr', 'entity', 'the heading anchor “where-you-_can_-cause-side-effects” is “where-you-can-cause-side-effects” in the translation: links to the section break', 'true'], // the English id keeps the underscores of "_can_"
  ...['161–171', '73–81', '93–97'].map((l) => ['learn-render-and-commit-fr', 'addition', `a merge conflict left in the file, lines ${l}: “<<<<<<< HEAD” … “>>>>>>> e07ac94bc2c1”`, 'true'] as const),
  ...['155–164', '86–90'].map((l) => ['learn-render-and-commit-vi', 'addition', `a merge conflict left in the file, lines ${l}: “<<<<<<< HEAD” … “>>>>>>> fc29603434ec”`, 'true'] as const),
  ['learn-render-and-commit-vi', 'untranslated', 'English “and” left untranslated', 'true'], // "`<h1>`, and ba thẻ `<img>`"
  ...Array.from({ length: 2 }, () => ['learn-render-and-commit-vi', 'untranslated', 'Sentence left untranslated: identical to the English source', 'true'] as const), // <Illustration caption="State update..."> and alt="A browser painting 'still life with card element'."
  ...Array.from({ length: 2 }, () => ['learn-render-and-commit-vi', 'wrong-language', '3 paragraphs in a row in English (the source language), not Vietnamese', 'true'] as const), // two runs of <Illustration alt=…> left in English
  // Round 8 (2026-12-05): "Managing State" and "Passing Data Deeply with Context" (fr and vi), unseen.
  // First run: 9 findings, 8 true, 1 false, fixed with a test: the Vietnamese diagram caption
  // "Prop drilling", a phrase its prose uses as a term ("… được gọi là "prop drilling""), was
  // untranslated. "Managing State": no finding in either language.
  ...['877–895', '1046–1050', '573–581', '479–483'].map((l) => ['learn-passing-data-deeply-with-context-fr', 'addition', `a merge conflict left in the file, lines ${l}: “<<<<<<< HEAD” … “>>>>>>> a1ddcf51a08c”`, 'true'] as const),
  ...Array.from({ length: 4 }, () => ['learn-passing-data-deeply-with-context-vi', 'wrong-language', 'Paragraph in English (the source language), not Vietnamese', 'true'] as const), // four <Diagram alt=…> left in English
].map((x) => [...x] as [string, string, string, 'true' | 'false' | 'debatable']);

describe('precision on the React set', () => {
  it('every finding is one judged by reading (a new one must be judged and added here)', () => {
    const found = pages.flatMap((p) => findings(p).map((f) => `${p} | ${f.check} | ${f.message}`)).sort();
    expect(found).toEqual(JUDGED.map(([p, c, m]) => `${p} | ${c} | ${m}`).sort());
  });

  it('is at least 0.8 overall, and no untranslated finding is a bare kept term', () => {
    const truths = JUDGED.filter((j) => j[3] === 'true').length;
    expect(truths / JUDGED.length).toBeGreaterThanOrEqual(0.8);
    // A bare term ("component") is the register of the translation; a lone function word is not a
    // term: "`<h1>`, and ba thẻ `<img>`" (render-and-commit, Vietnamese) left English "and".
    const bare = pages
      .flatMap((p) => findings(p))
      .filter((f) => f.check === 'untranslated' && /^English “[^ ”]+” left/.test(f.message) && !isFunctionWord('en', /“([^”]+)”/.exec(f.message)![1].toLowerCase()));
    expect(bare.map((f) => f.message)).toEqual([]);
  });

  it('lists the kept terms once per translation when kept-term is turned on', () => {
    const [set] = discover([`${ROOT}/learn-your-first-component-vi`], { sourceLang: 'en', aligned: false });
    const config = defaultConfig();
    config.checks['kept-term'] = { enabled: true };
    const kept = auditDocumentSet(set, config).targets.flatMap((t) => t.findings).filter((f) => f.check === 'kept-term');
    expect(kept).toHaveLength(1);
    expect(kept[0].message).toMatch(/^\d+ English terms kept in the Vietnamese text: component ×\d+/);
    expect(kept[0].severity).toBe('minor');
  });
});
