import { describe, expect, it } from 'vitest';
import { entity } from '../../src/checks/entity.js';
import { extractCodes, findUrl } from '../../src/checks/shared/codes.js';
import type { Bead } from '../../src/types/index.js';
import { makeAlignment, makeContext, makeDocument, pair } from '../helpers/make.js';
import { at, frSeed, viSeed } from './fixtures/seeds.js';

function one(en: string, lang: string, tgt: string, extra: { glossary?: string[] } = {}) {
  return makeContext(makeAlignment(makeDocument('en', [en]), makeDocument(lang, [tgt])), { lengthRatio: 1.1, ...extra });
}

describe('entity: the seeds', () => {
  it('Vietnamese seed: "ChatGPT" written "Chat GPT" — one finding, nothing for the names cut off by "Tuần…"', () => {
    const ctx = viSeed();
    const found = entity.run(ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'minor',
      message: 'the name “ChatGPT” is written “Chat GPT” in the translation',
      target: at(ctx, 'target', 'Chat GPT'),
      source: at(ctx, 'source', 'ChatGPT'),
      actual: 'Chat GPT',
      expected: 'ChatGPT',
    });
  });

  it('French seed: every name and code kept (d’OpenAI, de type ChatGPT, WhatsApp, H100, Llama 4)', () => {
    expect(entity.run(frSeed())).toEqual([]);
  });
});

describe('entity: altered or missing', () => {
  const altered: [string, string, string, string, string][] = [
    ['de', 'OpenAI has said that GPT-5 will be larger than its predecessor.', 'OpenAI hat gesagt, dass GPT 5 größer sein wird als sein Vorgänger.', 'GPT-5', 'GPT 5'],
    ['fr', 'Zuckerberg added that the new capabilities of Llama 4 should power more features.', 'Zuckerberg a ajouté que les capacités de Llama4 devraient alimenter plus de fonctions.', 'Llama 4', 'Llama4'],
    ['vi', 'Meanwhile, OpenAI is burning through cash.', 'Trong khi đó, Open AI đang đốt tiền.', 'OpenAI', 'Open AI'],
    ['fr', 'Follow the discussion under #GPUCluster on social media.', 'Suivez la discussion sous #gpucluster sur les réseaux sociaux.', '#GPUCluster', '#gpucluster'],
  ];
  it.each(altered)('%s: "%s" → altered', (lang, en, tgt, expected, actual) => {
    const ctx = one(en, lang, tgt);
    const found = entity.run(ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'minor', actual, expected, target: at(ctx, 'target', actual), source: at(ctx, 'source', expected) });
  });

  const missing: [string, string, string, string][] = [
    ['fr', 'According to one estimate, a cluster of 100,000 H100 chips would require 150 megawatts.', 'Selon une estimation, un cluster de 100 000 puces Nvidia nécessiterait 150 mégawatts.', 'H100'],
    ['de', 'Read the full story at https://www.wired.com/story/meta-llama-ai-gpu-training/ today.', 'Lesen Sie die ganze Geschichte heute bei Wired.', 'https://www.wired.com/story/meta-llama-ai-gpu-training/'],
    ['vi', 'Send tips to tips@wired.com or message @WIRED on X.', 'Gửi thông tin cho chúng tôi hoặc nhắn tin trên X.', 'tips@wired.com'],
  ];
  it.each(missing)('%s: "%s" → missing', (lang, en, tgt, expected) => {
    const ctx = one(en, lang, tgt);
    const found = entity.run(ctx);
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]).toMatchObject({ expected, target: { start: 0, end: tgt.length }, source: at(ctx, 'source', expected) });
    expect(found[0].severity).toBeUndefined(); // the check's default: major
    expect(found[0].message).toMatch(/of the source is missing from the translation$/);
  });

  it('a do-not-translate glossary term must stay verbatim (category Accuracy/Do not translate)', () => {
    const ctx = one('Today the offering is the chatbot known as Meta AI.', 'fr', 'Aujourd’hui, l’offre est le chatbot appelé IA de Meta.', { glossary: ['Meta AI'] });
    const found = entity.run(ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: 'Accuracy/Do not translate', expected: 'Meta AI', source: at(ctx, 'source', 'Meta AI') });
    expect(entity.run(one('Today the offering is the chatbot known as Meta AI.', 'fr', 'Aujourd’hui, c’est le chatbot appelé Meta AI.', { glossary: ['Meta AI'] }))).toEqual([]);
  });

  it('a name one bead off (aligner imprecision) is not missing', () => {
    const en = makeDocument('en', [['Meta declined to comment on the H100 order.', 'The company expects more growth.']]);
    const fr = makeDocument('fr', [['Meta n’a pas commenté.', 'La commande de H100 et la croissance attendue par la société.']]);
    const beads: Bead[] = [{ source: [0], target: [0] }, { source: [1], target: [1] }];
    expect(entity.run(makeContext(makeAlignment(en, fr, beads)))).toEqual([]);
  });
});

describe('entity: legitimate changes are not flagged', () => {
  const fine: [string, string, string, string][] = [
    ['possessive "Meta’s" → "de Meta"', 'fr', 'Meta’s open approach to AI has at times proven controversial.', 'L’approche ouverte de Meta en matière d’IA s’est parfois révélée controversée.'],
    ['"CEO" → "PDG"', 'fr', 'CEO Sam Altman has said that GPT-5 will be a significant leap forward.', 'Le PDG Sam Altman a déclaré que GPT-5 constituerait un bond en avant significatif.'],
    ['"US" → "Mỹ"', 'vi', 'Meta sidestepped a question about energy constraints in parts of the US.', 'Meta đã tránh một câu hỏi về ràng buộc năng lượng ở một số khu vực tại Mỹ.'],
    ['"Wednesday" and "United States" translated', 'fr', 'On Wednesday, the largest supercomputer in the United States was announced.', 'Mercredi, le plus grand supercalculateur des États-Unis a été annoncé.'],
    ['"OpenAI’s" → "d’OpenAI"', 'fr', 'Altman said OpenAI’s next frontier model would be released by December.', 'Altman a dit que le prochain modèle d’OpenAI serait publié d’ici décembre.'],
    ['"ChatGPT-like" → "de type ChatGPT"', 'fr', 'It is the ChatGPT-like chatbot known as Meta AI.', 'C’est le chatbot de type ChatGPT appelé Meta AI.'],
    ['German genitive "ChatGPTs"', 'de', 'The success of ChatGPT surprised everyone.', 'Der Erfolg ChatGPTs überraschte alle.'],
    ['"Llama 4" with a no-break space', 'fr', 'Meta is training Llama 4 on a huge cluster.', 'Meta entraîne Llama\u00a04 sur un immense cluster.'],
    ['a quarter, a unit, a decade, a clock time', 'fr', 'In Q3 the 150MW site ran at 10am, as in the 1990s.', 'Au T3, le site de 150 MW tournait à 10 h, comme dans les années 1990.'],
    ['"AI" → "KI" (an all-caps acronym)', 'de', 'Some AI experts worry about GPU shortages.', 'Einige KI-Experten sorgen sich um Grafikchip-Engpässe.'],
    ['"Chapter 4" → "Kapitel 4" (a translated name)', 'de', 'The details are in Chapter 4 of the report.', 'Die Details stehen in Kapitel 4 des Berichts.'],
    ['a brand name left invariable: "iPhones" → "iPhone"', 'vi', 'The company sold more than 50 million iPhones in China.', 'Công ty đã bán được hơn 50 triệu iPhone ở Trung Quốc.'],
    ['"MacBooks" → "des MacBook"', 'fr', 'Students bought MacBooks for the new term.', 'Les étudiants ont acheté des MacBook pour la rentrée.'],
  ];
  it.each(fine)('%s', (_, lang, en, tgt) => {
    expect(entity.run(one(en, lang, tgt))).toEqual([]);
  });

  it('a plural name still counts when the translation has neither form; "AirPods" is its own name', () => {
    expect(entity.run(one('They sold iPhones and MacBooks.', 'fr', 'Ils ont vendu des téléphones et des ordinateurs.')).map((f) => f.message)).toEqual([
      'the name “iPhones” of the source is missing from the translation',
      'the name “MacBooks” of the source is missing from the translation',
    ]);
    expect(entity.run(one('She wears AirPods every day.', 'fr', 'Elle porte des AirPods tous les jours.'))).toEqual([]);
  });

  it('a name with one letter changed is said; transliterations and accents are not', () => {
    const said = (en: string, lang: string, tgt: string) => entity.run(one(en, lang, tgt)).map((f) => f.message);
    expect(said('Chief executive Jensen Huang told analysts that demand was strong.', 'fr', 'Le directeur général Jensen Hwang a déclaré aux analystes que la demande était forte.')).toEqual([
      'the name “Jensen Huang” is written “Jensen Hwang” in the translation',
    ]);
    expect(said('Tim Cook said the results were strong.', 'vi', 'Tim Cock cho biết kết quả rất khả quan.')).toEqual(['the name “Tim Cook” is written “Tim Cock” in the translation']);
    const conventions: [string, string, string][] = [
      ['President Vladimir Putin spoke on Monday.', 'fr', 'Le président Vladimir Poutine s’est exprimé lundi.'],
      ['President Vladimir Putin spoke on Monday.', 'de', 'Präsident Wladimir Putin sprach am Montag.'],
      ['President Volodymyr Zelenskyy thanked the allies.', 'fr', 'Le président Volodymyr Zelensky a remercié les alliés.'],
      ['Kremlin spokesman Dmitry Peskov declined to comment.', 'fr', 'Le porte-parole du Kremlin, Dmitri Peskov, s’est refusé à tout commentaire.'],
      ['Mikhail Gorbachev died in 2022.', 'fr', 'Mikhaïl Gorbatchev est mort en 2022.'],
      ['The factories will be built in Taiwan and Mexico.', 'fr', 'Les usines seront construites à Taïwan et au Mexique.'],
      ['Prime Minister Rishi Sunak resigned.', 'fr', 'Le Premier Ministre Rishi Sunak a démissionné.'],
      ['Jensen Huang spoke first.', 'fr', 'Il a pris la parole en premier.'],
    ];
    for (const [en, lang, tgt] of conventions) expect(said(en, lang, tgt), tgt).toEqual([]);
  });

  it('what counts as a code', () => {
    const codes = extractCodes('The H100s, GPT-4o, COVID-19-related, iPhone, OpenAI’s, CEO, US, PhD, Q3, 1990s, 150MW, Llama 3.1, #AI, @WIRED, x@y.com, www.wired.com');
    expect(codes.map((c) => `${c.kind}:${c.text}`)).toEqual([
      'code:H100',
      'code:GPT-4o',
      'code:COVID-19',
      'code:iPhone',
      'code:OpenAI',
      'name-number:Llama 3.1',
      'hashtag:#AI',
      'handle:@WIRED',
      'email:x@y.com',
      'url:www.wired.com',
    ]);
  });
});

describe('entity: links', () => {
  it('a link is compared exactly: “…/velo” is not kept in “…/velos”; inside Markdown link markup too', () => {
    expect(extractCodes('according to the [city council](https://www.lyon.fr/velo).').map((t) => t.text)).toEqual(['https://www.lyon.fr/velo']);
    expect(findUrl('selon le [conseil](https://www.lyon.fr/velos).', 'https://www.lyon.fr/velo')).toBe(-1);
    expect(findUrl('selon le [conseil](https://www.lyon.fr/velo).', 'https://www.lyon.fr/velo')).toBe(19);
    expect(findUrl('voir https://www.lyon.fr/velo.html', 'https://www.lyon.fr/velo')).toBe(-1);
  });
});

describe('entity: a lower-camel-case term described in words', () => {
  // React docs, "JavaScript in JSX with Curly Braces", French (fr.react.dev, CC BY 4.0).
  it('is not missing when the translation names it in words ("casse Camel")', () => {
    const ctx = pair('en', ['Inline `style` properties are written in camelCase.'], 'fr', ['Les propriétés `style` en ligne sont écrites en casse Camel.']);
    expect(entity.run(ctx)).toEqual([]);
  });

  it('is missing when nothing of it is left', () => {
    const ctx = pair('en', ['Inline `style` properties are written in camelCase.'], 'fr', ['Les propriétés `style` en ligne sont écrites autrement.']);
    expect(entity.run(ctx).map((f) => f.message)).toEqual(['the name “camelCase” of the source is missing from the translation']);
  });
});

describe('entity: names in Japanese and Chinese, which write no space after them', () => {
  // React's Japanese "Conditional Rendering": "Reactでは、JavaScriptを使用して…" has the name.
  const EN = ['In React, you control branching logic with JavaScript.'];
  it('a Latin name run straight into kana or Han is found', () => {
    expect(entity.run(pair('en', EN, 'ja', ['Reactでは、JavaScriptを使用して分岐ロジックを制御する。']))).toEqual([]);
    expect(entity.run(pair('en', EN, 'zh', ['在 React 中，你可以用JavaScript控制分支逻辑。']))).toEqual([]);
  });
  it('a name absent, or glued to Latin letters, is still missing', () => {
    expect(entity.run(pair('en', EN, 'ja', ['Reactでは、スクリプトを使用して分岐ロジックを制御する。'])).map((f) => f.message)).toEqual(['the name “JavaScript” of the source is missing from the translation']);
    expect(entity.run(pair('en', EN, 'ja', ['Reactでは、JavaScriptXを使用して分岐ロジックを制御する。'])).map((f) => f.message)).toEqual(['the name “JavaScript” of the source is missing from the translation']);
  });
});
