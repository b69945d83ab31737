import { describe, expect, it } from 'vitest';
import { untranslated } from '../../src/checks/untranslated.js';
import type { CheckContext, FindingDraft } from '../../src/types/index.js';
import { makeAlignment, makeContext, makeDocument, pair } from '../helpers/make.js';

const run = (ctx: CheckContext): FindingDraft[] => untranslated.run(ctx);
/** [message, target text, source text] of each finding: spans asserted through the text they cover. */
const show = (ctx: CheckContext) =>
  run(ctx).map((f) => [
    f.message,
    f.target ? ctx.alignment.target.file.text.slice(f.target.start, f.target.end) : null,
    f.source ? ctx.alignment.source.file.text.slice(f.source.start, f.source.end) : null,
  ]);

// The seed sentence (000_…): English and French left in the Vietnamese translation.
const EN = 'Meanwhile, OpenAI, considered the current leader in developing cutting-edge AI, is burning through cash despite charging developers for access to its models.';
const VI = 'Trong khi đó, OpenAI, được coi là người đi đầu hiện tại trong việc phát triển công nghệ AI tiên tiến, đang đốt through cash mặc dù tính phí cho développeurs để truy cập vào các mô hình của mình.';
const FR = 'Pendant ce temps, OpenAI, considéré comme le leader actuel dans le développement d’IA de pointe, brûle de l’argent malgré le fait de facturer aux développeurs l’accès à ses modèles.';

describe('untranslated: fragments in a Vietnamese target', () => {
  it('reports English “through cash” with exact spans and the source phrase', () => {
    const ctx = pair('en', [EN], 'vi', [VI]);
    const found = run(ctx);
    const tgt = ctx.alignment.target.file.text;
    const src = ctx.alignment.source.file.text;
    expect(found[0].target).toEqual({ start: tgt.indexOf('through cash'), end: tgt.indexOf('through cash') + 12 });
    expect(found[0].source).toEqual({ start: src.indexOf('burning'), end: src.indexOf('through cash') + 12 });
    expect(found[0].actual).toBe('through cash');
    expect(show(ctx)).toEqual([
      ['English “through cash” left untranslated', 'through cash', 'burning through cash'],
      ['French “développeurs” in the Vietnamese text', 'développeurs', 'developers'],
    ]);
  });

  it('says a third-language word leaked from the version that contains it', () => {
    const ctx = pair('en', [EN], 'vi', [VI], { others: [makeDocument('fr', [FR], 'fr.txt')] });
    expect(show(ctx)[1]).toEqual(['French “développeurs” — also in the French version fr.txt; leaked from it?', 'développeurs', 'developers']);
  });

  // Excalidraw's Vietnamese catalog (test/catalog/excalidraw.test.ts): both were false alarms.
  it('a word the source has too is the source’s, whatever list knows it: “Chế độ zen” for “Zen mode” is no French', () => {
    const ctx = pair('en', ['Zen mode'], 'vi', ['Chế độ zen'], { others: [makeDocument('fr', ['Mode zen'], 'fr.json')] });
    expect(show(ctx)).toEqual([]);
  });
  it('an identifier copied into prose (about:config) is no English “about” nor French “config”', () => {
    const ctx = pair('en', ['Open about:config in Firefox and set the flag to true.'], 'vi', ['Mở about:config trong Firefox và đặt cờ thành true.'], { others: [makeDocument('fr', ['Ouvrez about:config dans Firefox.'], 'fr.json')] });
    expect(show(ctx)).toEqual([]);
  });
  it('a French word the source lacks is still French: “développeurs” with a source that says “developers”', () => {
    const ctx = pair('en', ['Charging developers for access.'], 'vi', ['Tính phí cho développeurs để truy cập.']);
    expect(show(ctx)).toEqual([['French “développeurs” in the Vietnamese text', 'développeurs', 'developers']]);
  });

  it('a French phrase whose words the English list also holds is French by its function words: “les créateurs de podcasts”', () => {
    // "les", "de" and "podcasts" are in the English word list too: three hits each, a tie the
    // source language used to win.
    const ctx = pair('en', ['The increase would help fund new features for podcasters.'], 'vi', ['Việc tăng giá sẽ giúp tài trợ các tính năng mới cho les créateurs de podcasts.']);
    expect(show(ctx).map((r) => r[0])).toEqual(['French “les créateurs de podcasts” in the Vietnamese text']);
    // English stays English: "through the cash" has English function words.
    const en = pair('en', ['It is burning through the cash.'], 'vi', ['Nó đang đốt through the cash.']);
    expect(show(en).map((r) => r[0])).toEqual(['English “through the cash” left untranslated']);
  });

  it('an English phrase ending in an acronym keeps it: “install the CLI”, not the kept term “install”', () => {
    const ctx = pair('en', ['Install the CLI with npm before you start.'], 'vi', ['Hãy install the CLI bằng npm trước khi bắt đầu.']);
    expect(show(ctx).map((r) => r[0])).toEqual(['English “install the CLI” left untranslated']);
    // The acronym alone, or after a Vietnamese word, is the technical register.
    expect(show(pair('en', ['Install the CLI with npm.'], 'vi', ['Cài đặt CLI bằng npm.']))).toEqual([]);
  });

  it('shows the source phrase itself for a phrase of its own: “over the next decade”, not “billion over the next decade”', () => {
    const ctx = pair('en', ['The city will invest €1.5 billion over the next decade.'], 'vi', ['Thành phố sẽ đầu tư 1,5 tỷ euro over the next decade.']);
    expect(show(ctx)).toEqual([['English “over the next decade” left untranslated', 'over the next decade', 'over the next decade']]);
  });

  it('groups a run across one source word between foreign words', () => {
    const ctx = pair('en', ['It is burning through the cash.'], 'vi', ['Nó đang đốt through the cash.']);
    expect(show(ctx)).toEqual([['English “through the cash” left untranslated', 'through the cash', 'burning through the cash']]);
  });

  it.each<[string, string]>([
    // names, brands, codes, acronyms, loanwords, hashtags, URLs kept as they are
    ['According to one estimate, a cluster of 100,000 H100 chips would require 150 megawatts of power.', 'Theo một ước lượng, một cụm chip H100 100.000 chiếc sẽ cần 150 megawatt điện.'],
    ['Meta’s next Llama AI models are training on a GPU cluster “bigger than anything” else.', 'Các mô hình AI Llama tiếp theo của Meta đang được huấn luyện trên một máy phân cụm GPU ‘lớn hơn bất kỳ thứ gì khác’'],
    ['The largest national lab supercomputer in the United States, El Capitan, by contrast requires 30 megawatts of power.', 'Siêu máy tính quốc gia lớn nhất tại Mỹ, El Capitan, ngược lại cần 30 megawatt điện.'],
    ['CEO Sam Altman has said that GPT-5 will be “a significant leap forward”.', 'Giám đốc điều hành Sam Altman đã nói rằng GPT-5 sẽ là “một lớn nhảy vọt”.'],
    ['A successor to the model that currently powers ChatGPT.', 'Người kế nhiệm của mô hình hiện đang cung cấp năng lượng cho Chat GPT.'],
    ['Meta AI is available in Facebook, Instagram, WhatsApp, and other apps.', 'Meta AI có mặt trên Facebook, Instagram, WhatsApp và các ứng dụng khác.'],
    ['Tags.', '#Meta #AI #Llama #GPUCluster #AIModels #NextLevelAI #Training #CuttingEdgeTech'],
    ['Source.', 'Nguồn: https://www.wired.com/story/meta-llama-ai-gpu-training/'],
    ['Write to us.', 'Viết cho chúng tôi qua email contact@example.com hoặc website wired.com.'],
    ['A startup posts videos online.', 'Một startup đăng video online trên blog.'],
    ['Power use is 5 kWh per chip.', 'Mức dùng điện là 5 kwh mỗi chip.'],
    ['Week…', 'Tuần…'],
    ['Blockchain and big data technology.', 'Công nghệ blockchain và big data.'],
  ])('does not flag %s', (en, vi) => expect(show(pair('en', [en], 'vi', [vi]))).toEqual([]));

  it('keeps a bare English term quiet (the register of Vietnamese technical text) and reports prose', () => {
    // Kept terms: nouns and noun phrases with no function word, up to three words.
    expect(show(pair('en', ['A GPU cluster.'], 'vi', ['Một cluster GPU.']))).toEqual([]);
    expect(show(pair('en', ['Each component returns markup.'], 'vi', ['Mỗi component trả về markup.']))).toEqual([]);
    expect(show(pair('en', ['It follows the single responsibility principle.'], 'vi', ['Nó tuân theo single responsibility principle.']))).toEqual([]);
    // Prose: a function word ties the words into a phrase of the source language.
    expect(show(pair('en', ['You have to wrap them with a single parent tag.'], 'vi', ['Bạn phải wrap them with một thẻ cha.']))).toEqual([
      ['English “wrap them with” left untranslated', 'wrap them with', 'wrap them with'],
    ]);
  });

  it('never flags allowlisted (per language, "*", regex) or glossary terms', () => {
    const src = ['A GPU cluster is burning through cash.'];
    const tgt = ['Một cluster GPU đang đốt through cash.'];
    expect(show(pair('en', src, 'vi', tgt, { allowlist: { vi: ['cluster'], '*': ['/through\\s+cash/'] } }))).toEqual([]);
    expect(show(pair('en', src, 'vi', tgt, { glossary: ['cluster'], allowlist: { fr: ['through cash'] } }))).toEqual([
      ['English “through cash” left untranslated', 'through cash', 'burning through cash'],
    ]);
  });

  it('does not let a capitalised first word alone fire (it may be a name)', () => {
    expect(show(pair('en', ['Through the years.'], 'vi', ['Through những năm qua.']))).toEqual([]);
  });
});

describe('untranslated: fragments in word-list targets (fr, de)', () => {
  it('reports English “through cash” in French: “through” is not French, “cash” is shared', () => {
    const ctx = pair('en', [EN], 'fr', ['Pendant ce temps, OpenAI brûle through cash malgré le fait de facturer les développeurs.']);
    expect(show(ctx)).toEqual([['English “through cash” left untranslated', 'through cash', 'burning through cash']]);
  });

  it('reports English in German', () => {
    const ctx = pair('en', [EN], 'de', ['Unterdessen verbrennt OpenAI through cash, obwohl es Entwicklern Gebühren berechnet.']);
    expect(show(ctx)).toEqual([['English “through cash” left untranslated', 'through cash', 'burning through cash']]);
  });

  it('reports English in Spanish', () => {
    const ctx = pair('en', [EN], 'es', ['OpenAI está quemando through cash a pesar de cobrar a los desarrolladores.']);
    expect(show(ctx)).toEqual([['English “through cash” left untranslated', 'through cash', 'burning through cash']]);
  });

  it('widens a fragment only by shared words its source has: “antes” is English too, but not copied', () => {
    const ctx = pair('en', ['The company said it would cut costs by the end of the year.'], 'es', ['La empresa dijo que would cut costs antes de fin de año.']);
    expect(show(ctx).map((f) => f[1])).toEqual(['would cut costs']);
  });

  it('a fragment not copied from its source still takes in the shared words around it', () => {
    const ctx = pair('en', ['Some experts worry that open models could be dangerous.'], 'fr', ['Certains experts craignent que through cash les modèles ouverts soient dangereux.']);
    expect(show(ctx).map((f) => f[1])).toEqual(['through cash']);
  });

  it('marks a whole quotation kept in English as minor', () => {
    const en = 'Altman responded by writing on X, “fakes news out of control.”';
    const ctx = pair('en', [en], 'fr', ['Altman a répondu en écrivant sur X : « fakes news out of control ».']);
    expect(show(ctx)).toEqual([
      ['English “fakes news out of control” left untranslated (a quotation: kept on purpose?)', 'fakes news out of control', 'fakes news out of control'],
    ]);
    expect(run(ctx)[0].severity).toBe('minor');
  });

  it.each<[string, string, string]>([
    ['fr', 'Zuckerberg remains bullish about the open source strategy.', 'Zuckerberg reste optimiste quant à la stratégie open source, même si Google et OpenAI poussent les systèmes propriétaires.'],
    ['fr', 'A cluster of 100,000 H100 chips would require 150 megawatts.', 'Selon une estimation, un cluster de 100 000 puces H100 nécessiterait 150 mégawatts de puissance.'],
    ['fr', 'The ChatGPT-like chatbot known as Meta AI.', 'Le chatbot de type ChatGPT connu sous le nom de Meta AI, disponible sur Facebook, Instagram, WhatsApp et d’autres applications.'],
    ['fr', 'OpenAI is burning cash.', 'OpenAI brûle du cash.'], // one shared word never fires
    ['fr', 'The current leader.', 'Le leader actuel.'],
    ['fr', 'Huge clusters.', 'Des clusters énormes et personnalisables.'], // "personnalisables": missing from the list, not English
    ['de', 'The cloud computing market grows fast.', 'Der Markt für Cloud-Computing wächst schnell.'],
    ['de', 'Meta expects to spend $40 billion.', 'Meta will bis zu 40 Milliarden Dollar für Rechenzentren und andere Infrastruktur ausgeben.'],
    ['de', 'A startup sells software online.', 'Ein Startup verkauft Software online.'],
  ])('does not flag %s: %s', (lang, en, tgt) => expect(show(pair('en', [en], lang, [tgt]))).toEqual([]));
});

describe('untranslated: whole sentences', () => {
  it('reports the English web boilerplate ending the French page', () => {
    const src = makeDocument('en', [EN]);
    const tgt = makeDocument('fr', [FR, 'Source link', 'Leave a Reply', ['Your email address will not be published.', 'Required fields are marked *']]);
    const ctx = makeContext(makeAlignment(src, tgt));
    expect(show(ctx)).toEqual([
      ['Sentence in English (the source language), not French: left untranslated', 'Source link', null],
      ['Sentence in English (the source language), not French: left untranslated', 'Leave a Reply', null],
      ['Sentence in English (the source language), not French: left untranslated', 'Your email address will not be published.', null],
      ['Sentence in English (the source language), not French: left untranslated', 'Required fields are marked *', null],
    ]);
  });

  it.each(['de', 'es'])('reports “Leave a Reply” in %s', (lang) => {
    expect(show(pair('en', [EN], lang, ['Leave a Reply']))[0]?.[1]).toBe('Leave a Reply');
  });

  it('reports an English sentence in the Vietnamese text, with its source', () => {
    const en = 'Meta’s total operating costs have grown about 9 percent this year.';
    expect(show(pair('en', [en], 'vi', [en + ' ']))).toEqual([['Sentence left untranslated: identical to the English source', en + ' ', en]]);
    expect(show(pair('en', ['Total costs grew.'], 'vi', [en]))).toEqual([
      ['Sentence in English (the source language), not Vietnamese: left untranslated', en, 'Total costs grew.'],
    ]);
  });

  it('names a third language', () => {
    expect(show(pair('en', ['The market is growing fast.'], 'fr', ['Der Markt wächst sehr schnell und die Preise steigen.']))).toEqual([
      ['Sentence in German, not French: left untranslated', 'Der Markt wächst sehr schnell und die Preise steigen.', 'The market is growing fast.'],
    ]);
  });

  it.each<[string, string, string]>([
    ['fr', 'Meta AI', 'Meta AI'], // copied names only
    ['fr', 'Sam Altman, CEO', 'Sam Altman, PDG'],
    ['vi', 'Llama 4', 'Llama 4'],
    ['fr', 'Open source.', 'Open source.'], // copied, but French as well
    ['vi', 'Week…', 'Tuần…'],
    // React's Vietnamese 'Render and Commit' (render-and-commit.md): two terms kept, the conjunction
    // translated; flagged as an English sentence until a target function word could veto it.
    ['vi', 'Render and Commit', 'Render và Commit'],
    ['fr', 'Props and State', 'Props et State'],
  ])('does not flag %s: %s → %s', (lang, en, tgt) => expect(show(pair('en', [en], lang, [tgt]))).toEqual([]));

  it('still reports an English sentence that holds a word the target shares (“a”, “on”)', () => {
    const en = 'Before your components are displayed on screen, they must be rendered by React.';
    expect(show(pair('en', ['Render first.'], 'vi', [en]))).toEqual([
      ['Sentence in English (the source language), not Vietnamese: left untranslated', en, 'Render first.'],
    ]);
    expect(show(pair('en', ['Later.'], 'fr', ['This is a problem on every page of the site.']))[0]?.[0]).toBe('Sentence in English (the source language), not French: left untranslated');
  });
});

describe('untranslated: a copied row of terms', () => {
  // React's "Referencing Values with Refs" in Vietnamese: the table header "refs | state" is kept
  // as in English, and the translation's prose uses both words as terms throughout.
  const prose = ['Sự khác biệt giữa refs và state.', 'Refs là một lối thoát, còn state thì không.'];
  const src = ['Differences between refs and state.', 'Refs are an escape hatch, state is not.'];
  it('is quiet when the translation uses each word elsewhere', () => {
    expect(show(pair('en', [...src, 'refs | state'], 'vi', [...prose, 'refs | state']))).toEqual([]);
  });

  it('is untranslated when a word is used nowhere else', () => {
    expect(show(pair('en', [...src, 'refs | props'], 'vi', [...prose, 'refs | props']))[0]?.[0]).toBe('Sentence left untranslated: identical to the English source');
  });

  it('need not be the source’s row word for word (a newer Vietnamese: "| ref | state |")', () => {
    const vi = ['Sự khác biệt giữa ref và state.', 'Ref là một lối thoát, còn state thì không.'];
    expect(show(pair('en', [...src, 'refs | state'], 'vi', [...vi, 'ref | state']))).toEqual([]);
    // An English row the prose never uses is still English.
    expect(show(pair('en', [...src, 'refs | state'], 'vi', [...vi, 'mutable refs | immutable state']))[0]?.[0]).toBe('Sentence in English (the source language), not Vietnamese: left untranslated');
  });

  it('is untranslated when the words form a phrase (English word order)', () => {
    // React's Vietnamese caption "`Sidebar.js` React component" for "component React".
    const vi = ['Một component React trả về JSX.', 'Mỗi component có state riêng.'];
    expect(show(pair('en', ['A React component returns JSX.', 'Each component has its own state.', 'React component'], 'vi', [...vi, 'React component']))[0]?.[0]).toBe(
      'Sentence left untranslated: identical to the English source',
    );
  });

  it("is quiet for a phrase the translation's own prose uses as a term", () => {
    // React's Vietnamese "Passing Data Deeply with Context": the diagram caption "Prop drilling".
    const en = ['This situation is called "prop drilling".', 'Prop drilling'];
    const vi = ['Tình huống này được gọi là "prop drilling".', 'Prop drilling'];
    expect(show(pair('en', en, 'vi', vi))).toEqual([]);
    // …but not when the phrase stands nowhere else
    expect(show(pair('en', ['This situation has a name.', 'Prop drilling'], 'vi', ['Tình huống này có một cái tên.', 'Prop drilling']))[0]?.[0]).toBe('Sentence left untranslated: identical to the English source');
  });

  it('is untranslated with a function word', () => {
    expect(show(pair('en', [...src, 'refs and state'], 'vi', [...prose, 'refs and state']))[0]?.[0]).toBe('Sentence left untranslated: identical to the English source');
  });
});

describe('untranslated: non-Latin and unlisted targets', () => {
  it('reports lower-case Latin words in a Russian target, not names', () => {
    const ctx = pair('en', [EN], 'ru', ['Тем временем OpenAI сжигает through cash, несмотря на плату для разработчиков ChatGPT и GPU.']);
    expect(show(ctx)).toEqual([['English “through cash” left untranslated', 'through cash', 'burning through cash']]);
  });

  it('reports a run of English words in Italian (no Italian data) only when long and confirmed', () => {
    expect(show(pair('en', [EN], 'it', ['OpenAI sta bruciando through the cash reserves nonostante tutto.']))).toEqual([
      ['English “through the cash reserves” left untranslated', 'through the cash reserves', 'burning through cash'],
    ]);
    expect(show(pair('en', [EN], 'it', ['Il leader del mercato in Italia usa un chatbot.']))).toEqual([]);
  });

  it('checks nothing when source and target share a language', () => {
    expect(run(pair('en', [EN], 'en', ['Leave a Reply']))).toEqual([]);
  });
});

describe('untranslated: split with wrong-language', () => {
  it('skips sentences of paragraphs wrong-language reports', () => {
    const src = makeDocument('en', [EN]);
    const tgt = makeDocument('vi', [VI, ['Meta’s total operating costs have grown about 9 percent this year.', 'But overall sales have surged more than 22 percent.']]);
    tgt.paragraphs[1] = { ...tgt.paragraphs[1], lang: 'en', langConfidence: 0.8 };
    const found = show(makeContext(makeAlignment(src, tgt)));
    expect(found.map((f) => f[1])).toEqual(['through cash', 'développeurs']);
  });
});

describe('untranslated: Japanese target without spaces', () => {
  it('finds English between Japanese letters, and keeps ChatGPT', () => {
    const ctx = pair('en', [EN], 'ja', ['一方、OpenAIはthrough cashを燃やしているが、ChatGPTの開発者に料金を請求している。']);
    expect(show(ctx)).toEqual([['English “through cash” left untranslated', 'through cash', 'burning through cash']]);
  });
});

describe('untranslated: words in another script than the target’s', () => {
  // Held-out French segments with one injected word: word lists and the detector need two Latin
  // words to agree, but no French text writes a Cyrillic or Japanese word — one is enough.
  it('reports one Cyrillic or Japanese word in French, with the language’s name', () => {
    const ctx = pair('en', ['However, the council approved the budget.'], 'fr', ['однако, le conseil a approuvé le budget.']);
    expect(show(ctx)).toEqual([['Russian “однако” in the French text', 'однако', null]]);
    const ja = pair('en', ['But the project will be late.'], 'fr', ['しかし le projet sera en retard.']);
    expect(show(ja)).toEqual([['Japanese “しかし” in the French text', 'しかし', null]]);
  });

  it('leaves Latin names and codes in a Russian text, and Han among kana in Japanese, alone', () => {
    expect(show(pair('en', ['The GPU cluster runs Llama.'], 'ru', ['Кластер GPU запускает Llama.']))).toEqual([]);
    expect(show(pair('en', ['Tokyo is large.'], 'ja', ['東京はとても大きいです。']))).toEqual([]);
  });
});

describe('untranslated: one word of a third language in a word-list target', () => {
  // Held-out segments with one injected word: German "deshalb" and Spanish "entonces" in French.
  it('reports a connective of another language the target lacks', () => {
    const ctx = pair('en', ['So the team decided to move on.'], 'fr', ['Alors l’équipe a décidé de passer à autre chose deshalb.']);
    expect(show(ctx)).toEqual([['German “deshalb” in the French text', 'deshalb', 'So the team decided to move on.']]);
    const es = pair('en', ['Then the vote was held.'], 'fr', ['Le vote a eu lieu, entonces.']);
    expect(show(es)).toEqual([['Spanish “entonces” in the French text', 'entonces', 'Then the vote was held.']]);
  });

  it('reports an Italian adverb in French or English, Italian being told by its prose words alone', () => {
    // Held-out segments: "ovviamente" was the one injected third-language word still missed.
    const fr = pair('en', ['Obviously, the results surprised everyone in the room.'], 'fr', ['ovviamente, les résultats ont surpris tout le monde dans la salle.']);
    expect(show(fr)).toEqual([['Italian “ovviamente” in the French text', 'ovviamente', 'Obviously, the results surprised everyone in the room.']]);
    const en = pair('fr', ['Le projet a donc été abandonné.'], 'en', ['The project was quindi abandoned.']);
    expect(show(en)).toEqual([['Italian “quindi” in the English text', 'quindi', 'Le projet a donc été abandonné.']]);
  });

  it('leaves Italian words French or English share, and Italian terms French keeps, alone', () => {
    // "piano", "tempo", "subito" (music), "via" are words of the target's own list too; "mai" and
    // "qui" are French and so not among the Italian prose words at all.
    expect(show(pair('en', ['She played the piano at a slow tempo, via the old hall.'], 'fr', ['Elle jouait du piano sur un tempo lent, via la vieille salle.']))).toEqual([]);
    expect(show(pair('en', ['The concert is in May, and who plays is unknown.'], 'fr', ['Le concert a lieu en mai, et on ignore qui joue.']))).toEqual([]);
    expect(show(pair('en', ['The orchestra plays the passage subito piano.'], 'en', ['The orchestra plays the passage subito piano.']))).toEqual([]);
  });

  it('leaves a French word the French list lacks, English loanwords and the source’s words alone', () => {
    // "parapente" is in the Spanish list, not the French one, and the detector prefers Spanish.
    expect(show(pair('de', ['Er flog mit dem Gleitschirm.'], 'fr', ['Il a volé en parapente.']))).toEqual([]);
    expect(show(pair('de', ['Sie macht jeden Tag Sport.'], 'fr', ['Elle fait du fitness chaque jour.']))).toEqual([]);
    expect(show(pair('es', ['Pero no es así.'], 'fr', ['Mais pero ce n’est pas le cas.']))).toEqual([]);
  });
});

// React's "Reacting to Input with State" in French left the English sentence above its translation,
// on the line before it: one sentence to the segmenter ("… on one page: Si un composant …"), and
// three English runs split by "a" and a comma — one defect, one finding.
describe('untranslated: runs of one passage are one finding', () => {
  const en = 'If a component has a lot of visual states, it can be convenient to show them all on one page:';

  it('three runs split by an English word and a comma are joined', () => {
    const ctx = pair('en', [en], 'fr', [`${en} Si un composant a beaucoup d'états visuels, ça peut être plus pratique de les tous les afficher sur la même page :`]);
    expect(show(ctx).map((f) => f[0])).toEqual(['English “component has a lot of visual states, it can be convenient to show them all on one page” left untranslated']);
  });

  it('runs split by French words or by a sentence mark stay apart', () => {
    const src = 'The form shows the spinner while the request is running, and later it shows the message.';
    const apart = pair('en', [src], 'fr', ['Le formulaire shows the spinner pendant que la requête est en cours, puis il shows the message.']);
    expect(show(apart).map((f) => f[1])).toEqual(['shows the spinner', 'shows the message']);
  });
});
