import { describe, expect, it } from 'vitest';
import { addition } from '../../src/checks/addition.js';
import { classifyLine } from '../../src/checks/shared/lines.js';
import type { Bead } from '../../src/types/index.js';
import { makeAlignment, makeContext, makeDocument } from '../helpers/make.js';
import { documentFromFile } from '../../src/corpus/document.js';
import { auditDocumentSet } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import { at, covered, frSeed, viSeed } from './fixtures/seeds.js';

describe('addition: the seeds', () => {
  it('Vietnamese seed: the title (the English has none), the hashtag line and the Nguồn credit — all minor', () => {
    const ctx = viSeed();
    const found = addition.run(ctx);
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['minor', 'target sentence 1: a heading with no counterpart in the source (the source may lack its title)'],
      ['minor', 'target sentence 16: a hashtag line with no counterpart in the source'],
      ['minor', 'target sentence 17: a source credit with no counterpart in the source'],
    ]);
    expect(covered(ctx, found[0].target, 'target')).toBe('Các mô hình AI Llama tiếp theo của Meta đang được huấn luyện trên một máy phân cụm GPU ‘lớn hơn bất kỳ thứ gì khác’');
    expect(found[1].target).toEqual(at(ctx, 'target', '#Meta #AI #Llama #GPUCluster #AIModels #NextLevelAI #Training #CuttingEdgeTech #Innovation #TechLeaders #VietnameseTechCommunity'));
    expect(found[2].target).toEqual(at(ctx, 'target', 'Nguồn: https://www.wired.com/story/meta-llama-ai-gpu-training/'));
    expect(found.every((f) => f.source === null)).toBe(true);
  });

  it('French seed: the first title, "Source link", the comment-form boilerplate; the repeated title is left to duplicate', () => {
    const ctx = frSeed();
    const found = addition.run(ctx);
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['minor', 'target sentence 1: a heading with no counterpart in the source (the source may lack its title)'],
      ['minor', 'target sentence 30: a source credit with no counterpart in the source'],
      ['minor', 'target sentences 31–33: web page boilerplate with no counterpart in the source'],
    ]);
    const title = 'Les prochains modèles d’IA Llama de Meta s’entraînent sur un cluster GPU «plus grand que tout»';
    expect(found[0].target).toEqual(at(ctx, 'target', title));
    expect(found[1].target).toEqual(at(ctx, 'target', 'Source link'));
    expect(found[2].target).toEqual(at(ctx, 'target', 'Leave a Reply\n\nYour email address will not be published. Required fields are marked *'));
  });
});

describe('addition: content and debris', () => {
  const EN = ['Meta declined to comment.', 'The company expects even more torrid growth in that spending next year.'];
  function withExtra(lang: string, tgt: string[], extraAt: number) {
    const beads: Bead[] = [];
    let s = 0;
    tgt.forEach((_, j) => beads.push(j === extraAt ? { source: [], target: [j] } : { source: [s++], target: [j] }));
    return makeContext(makeAlignment(makeDocument('en', [EN]), makeDocument(lang, [tgt]), beads), { lengthRatio: 1.1 });
  }

  it('en→de: an invented sentence in the middle is major', () => {
    const added = 'Das ist eine wichtige Entwicklung für die gesamte Branche.';
    const ctx = withExtra('de', ['Meta lehnte eine Stellungnahme ab.', added, 'Das Unternehmen erwartet nächstes Jahr ein noch stärkeres Wachstum dieser Ausgaben.'], 1);
    const found = addition.run(ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'major', message: 'target sentence 2: text with no counterpart in the source', target: at(ctx, 'target', added), actual: added });
  });

  it('en→vi: an added sentence that starts like a credit ("Theo …" = "According to") is content, not a credit', () => {
    const added = 'Theo một ước lượng, đây là cụm máy lớn nhất thế giới hiện nay.';
    const ctx = withExtra('vi', ['Meta từ chối bình luận.', added, 'Công ty mong đợi mức tăng chi tiêu còn mạnh hơn vào năm sau.'], 1);
    expect(addition.run(ctx).map((f) => f.severity)).toEqual(['major']);
  });

  // fr.react.dev's translators add a French rendering of an English console message, marked as a
  // translator's note: "*(« Avertissement : … », NdT.)*" (learn/rendering-lists). Marked, it is
  // deliberate; unmarked, the same sentence is an addition; "NDT" in running text is no marker.
  it.each([
    ['fr', '*(« Avertissement : chaque enfant d\'une liste devrait avoir une prop "key" unique », NdT.)*'],
    ['fr', '(N.d.T. : le terme anglais « hook » est conservé dans cette traduction.)'],
    ['es', '(N. del T.: se mantiene el término inglés en todo el texto.)'],
    ['de', '[Anm. d. Übers.: Im Original steht hier ein Wortspiel.]'],
    ['vi', '(Ghi chú của người dịch: thuật ngữ này được giữ nguyên.)'],
  ])('%s: a translator\'s note is not reported: %s', (lang, note) => {
    const ctx = withExtra(lang, ['Ligne un, traduite ici.', note, 'Ligne deux, traduite ici aussi.'], 1);
    expect(addition.run(ctx)).toEqual([]);
  });

  it.each([
    ['fr', '(« Avertissement : chaque enfant d\'une liste devrait avoir une prop "key" unique ».)'],
    ['fr', 'Les contrôles par essais non destructifs, dits NDT.'],
  ])('fr: the same text without a note\'s marker is an addition: %s', (lang, line) => {
    const ctx = withExtra(lang, ['Ligne un, traduite ici.', line, 'Ligne deux, traduite ici aussi.'], 1);
    expect(addition.run(ctx).map((f) => f.severity)).toEqual(['major']);
  });

  const minor: [string, string, string][] = [
    ['fr', 'Source : Wired', 'a source credit'],
    ['de', 'Quelle: https://www.wired.com/story/meta-llama-ai-gpu-training/', 'a source credit'],
    ['es', 'Fuente: Reuters', 'a source credit'],
    ['fr', 'https://www.wired.com/story/meta-llama-ai-gpu-training/', 'a bare link'],
    ['vi', '#Meta #AI #Llama', 'a hashtag line'],
    ['de', 'Schreibe einen Kommentar', 'web page boilerplate'],
    ['fr', 'Oui, bien sûr', 'text'], // a 3-word fragment: minor content
  ];
  it.each(minor)('%s: "%s" at the end is minor (%s)', (lang, line, kind) => {
    const ctx = withExtra(lang, ['Ligne un.', 'Ligne deux, traduite.', line], 2);
    const found = addition.run(ctx);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('minor');
    expect(found[0].message).toBe(`target sentence 3: ${kind} with no counterpart in the source`);
    expect(found[0].target).toEqual(at(ctx, 'target', line));
  });

  it('aligned text is never an addition, however long', () => {
    const ctx = makeContext(
      makeAlignment(makeDocument('en', [EN]), makeDocument('fr', [['Meta n’a pas souhaité faire de commentaire, a indiqué un porte-parole.', 'La société s’attend à une croissance encore plus torride de ces dépenses l’année prochaine.']])),
    );
    expect(addition.run(ctx)).toEqual([]);
  });

  it('line classes', () => {
    expect(classifyLine('Nguồn: https://www.wired.com/story/meta-llama-ai-gpu-training/')).toBe('credit');
    expect(classifyLine('Theo một ước lượng, một cụm chip H100 100.000 chiếc sẽ cần 150 megawatt điện.')).toBe('content');
    expect(classifyLine('Partager des données est risqué.')).toBe('content');
    expect(classifyLine('Partager')).toBe('boilerplate');
    expect(classifyLine('Required fields are marked *')).toBe('boilerplate');
    expect(classifyLine('Copyright law in the EU is changing fast, and publishers want a say in how it is written.')).toBe('content');
  });
});

describe('addition: the source left beside its translation', () => {
  // React's "Choosing the State Structure" in Vietnamese (vi.react.dev): the translator kept the
  // English paragraph and wrote the Vietnamese one after it. The aligner pairs the source with its
  // identical copy; the addition is the copy, never the translation.
  const EN = [
    "Here, `fullName` is *not* a state variable. Instead, it's calculated during render:",
    "As a result, the change handlers don't need to do anything special to update it. When you call `setFirstName` or `setLastName`, you trigger a re-render, and then the next `fullName` will be calculated from the fresh data.",
    "A common example of redundant state is code like this:",
  ];
  const VI = [
    'Ở đây, `fullName` *không phải* là một biến state. Thay vào đó, nó được tính toán trong quá trình render:',
    EN[1],
    'Do đó, các handler không cần phải làm bất cứ điều gì đặc biệt để cập nhật nó. Khi bạn gọi `setFirstName` hoặc `setLastName`, bạn kích hoạt một lần re-render, và sau đó `fullName` sẽ được tính toán từ dữ liệu mới.',
    'Một ví dụ cho sự dư thừa state phổ biến là đoạn code như sau:',
  ];
  const md = (lang: string, paragraphs: string[]) =>
    documentFromFile({ path: `${lang}.md`, text: paragraphs.map((p) => `${p}\n\n`).join(''), encoding: 'utf-8', format: 'markdown' }, { lang });
  const checks = (vi: string[]) => {
    const t = auditDocumentSet({ name: 'structure', source: md('en', EN), targets: [md('vi', vi)], aligned: false }, defaultConfig()).targets[0];
    return t.findings.filter((f) => f.check === 'addition' || f.alsoSeenBy?.some((a) => a.check === 'addition'));
  };

  it('one addition, on the English copy, naming the translation beside it', () => {
    const found = checks(VI);
    expect(found).toHaveLength(1);
    expect(found[0].target?.text.startsWith('As a result, the change handlers')).toBe(true);
    expect(found[0].message).toMatch(/the source text left in the translation, beside its translation/);
  });

  it('beside a copy, an unrelated short line is still an addition of its own', () => {
    const found = checks([VI[0], VI[1], 'Xem thêm ở phần sau.', VI[3]]);
    expect(found.map((f) => f.target?.text)).toContain('Xem thêm ở phần sau.');
    expect(found.some((f) => /beside its translation/.test(f.message))).toBe(false);
  });
});

describe('addition: a merge conflict left in a code block', () => {
  // React's "Choosing the State Structure" in French: the Immer example's places.js kept an
  // unresolved merge ("<<<<<<< HEAD" … ">>>>>>> 1207ee36…"), inside a code block no other check reads.
  const code = (title: string) => ['```js', 'export const initialTravelPlan = {', '  34: {', '    id: 34,', title, '  },', '};', '```'];
  const EN = ['Here is the data:', '', ...code("    title: 'Oceania',"), '', 'Now the state is flat.', ''];
  const FR = [
    'Voici les données :',
    '',
    ...code(["<<<<<<< HEAD", "    title: 'Océanie',", '=======', "    title: 'Oceania',", '>>>>>>> 1207ee36e1c7f2737d8f1022015473ffa99adf'].join('\n')),
    '',
    'L’état est désormais plat.',
    '',
  ];
  const md = (lang: string, lines: string[]) => documentFromFile({ path: `${lang}.md`, text: lines.join('\n'), encoding: 'utf-8', format: 'markdown' }, { lang });
  const conflicts = (en: string[], fr: string[]) =>
    auditDocumentSet({ name: 'places', source: md('en', en), targets: [md('fr', fr)], aligned: false }, defaultConfig()).targets[0].findings.filter((f) => /merge conflict/.test(f.message));

  it('one major finding naming the lines of the whole block', () => {
    const found = conflicts(EN, FR);
    expect(found.map((f) => [f.severity, f.category, f.message])).toEqual([
      ['major', 'Design and markup/Markup', 'a merge conflict left in the file, lines 7–11: “<<<<<<< HEAD” … “>>>>>>> 1207ee36e1c7”'],
    ]);
    expect(found[0].target?.text.startsWith('<<<<<<< HEAD')).toBe(true);
    expect(found[0].target?.text.endsWith('>>>>>>> 1207ee36e1c7f2737d8f1022015473ffa99adf')).toBe(true);
  });

  it('a page that shows conflict markers itself (about merging) is not judged; a resolved translation has none', () => {
    expect(conflicts(FR, FR)).toEqual([]);
    expect(conflicts(EN, FR.filter((l) => !/^(<{7}|={7}|>{7})/.test(l) && !l.includes("'Oceania'")))).toEqual([]);
  });

  it('in prose, one finding carries the whole block: not an addition plus a cut sentence plus English left', () => {
    // React's French "Queueing a Series of State Updates": the old French sentence and the new
    // English one between the markers. Before, an addition (the HEAD half) and a truncation (the
    // English half, "also seen by untranslated"), and the word conflict nowhere.
    const en = ['# Queueing a Series of State Updates', '', 'Setting a state variable will queue another render.', '', '## React batches state updates', '', 'You might expect that clicking the "+3" button will increment the counter three times because it calls `setNumber(number + 1)` three times.', '', 'However, each render\'s state values are fixed.', ''];
    const fr = [
      '# Cumuler les mises à jour d’un même état', '', 'Modifier une variable d’état va déclencher un nouveau rendu.', '', '## React regroupe les mises à jour d’état', '',
      '<<<<<<< HEAD',
      'Vous vous attendez peut-être à ce que cliquer sur le bouton « +3 » incrémente le compteur trois fois parce qu’il appelle `setNumber(number + 1)` trois fois.',
      '=======',
      'You might expect that clicking the "+3" button will increment the counter three times because it calls `setNumber(number + 1)` three times.',
      '>>>>>>> 6ae99dddc3b503233291da96e8fd4b118ed6d682',
      '', 'Cependant, les valeurs d’état de chaque rendu sont fixes.', '',
    ];
    const all = auditDocumentSet({ name: 'queueing', source: md('en', en), targets: [md('fr', fr)], aligned: false }, defaultConfig()).targets[0].findings;
    expect(all.map((f) => f.message)).toEqual(['a merge conflict left in the file, lines 7–11: “<<<<<<< HEAD” … “>>>>>>> 6ae99dddc3b5”']);
    // The English side is not read as the translation's sentences (corpus/conflicts.ts): nothing
    // else sees it, and the French sentence pairs with its source.
    expect(all[0].alsoSeenBy).toBeUndefined();
    expect(conflicts(en, fr.filter((l) => !/^(<{7}|={7}|>{7})/.test(l) && !l.startsWith('You might')))).toEqual([]);
  });

  it('a Markdown heading underlined with "=======" is no conflict', () => {
    expect(conflicts(EN, ['Titre', '=======', '', ...FR.slice(0, 2), ...code("    title: 'Océanie',"), '', FR[FR.length - 2], ''])).toEqual([]);
  });
});
