import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { number } from '../../src/checks/number.js';
import type { CheckContext, Document, FindingDraft, Lang, Range } from '../../src/types/index.js';
import { documentFromFile } from '../../src/corpus/index.js';
import { makeAlignment, makeContext, makeDocument, pair } from '../helpers/make.js';

/** The absolute range of `needle` in the document (which must occur once, or the `nth` time). */
function at(doc: Document, needle: string, nth = 0): Range {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = doc.file.text.indexOf(needle, start + 1);
  expect(start, `“${needle}” in ${doc.lang}`).toBeGreaterThanOrEqual(0);
  return { start, end: start + needle.length };
}
const run = (ctx: CheckContext): FindingDraft[] => number.run(ctx);
const texts = (ctx: CheckContext, f: FindingDraft): [string | null, string | null] => [
  f.target ? ctx.alignment.target.file.text.slice(f.target.start, f.target.end) : null,
  f.source ? ctx.alignment.source.file.text.slice(f.source.start, f.source.end) : null,
];

describe('number: correct conversions are not flagged', () => {
  it.each<[string, string, string, string]>([
    ['en', 'A cluster of 100,000 chips.', 'vi', 'Một cụm 100.000 chiếc chip.'],
    ['en', 'A cluster of 100,000 chips.', 'fr', 'Un cluster de 100 000 puces.'],
    ['en', 'A cluster of 100,000 chips.', 'fr', 'Un cluster de 100\u202f000 puces.'],
    ['en', 'A cluster of 100,000 chips.', 'de', 'Ein Cluster aus 100.000 Chips.'],
    ['en', 'A cluster of 100,000 chips.', 'es', 'Un clúster de 100.000 chips.'],
    ['en', 'Meta expects to spend as much as $40 billion this year.', 'vi', 'Meta dự kiến chi tiêu tới 40 tỷ USD vào năm nay.'],
    ['en', 'Meta expects to spend as much as $40 billion this year.', 'fr', 'Meta prévoit de dépenser jusqu’à 40 milliards de dollars cette année.'],
    ['en', 'Meta expects to spend as much as $40 billion this year.', 'de', 'Meta will dieses Jahr bis zu 40 Milliarden Dollar ausgeben.'],
    ['en', 'Meta expects to spend as much as $40 billion this year.', 'es', 'Meta prevé gastar hasta 40.000 millones de dólares este año.'],
    ['en', 'An increase of more than 42 percent from 2023.', 'vi', 'Tăng hơn 42% so với năm 2023.'],
    ['en', 'An increase of more than 42 percent from 2023.', 'fr', 'Une augmentation de plus de 42 % par rapport à 2023.'],
    ['en', 'An increase of more than 42% from 2023.', 'de', 'Ein Anstieg um mehr als 42 Prozent gegenüber 2023.'],
    ['en', 'Costs have grown about 9 percent this year.', 'fr', 'Les coûts ont augmenté d’environ 9 pour cent cette année.'],
    ['en', 'Sales grew 1.5 times, margins 2.5%.', 'fr', 'Les ventes ont été multipliées par 1,5, les marges de 2,5 %.'],
    ['en', 'Sales grew 1.5 times, margins 2.5%.', 'de', 'Der Umsatz wuchs um das 1,5-Fache, die Margen um 2,5 %.'],
    ['en', 'Three executives left.', 'vi', 'Ba giám đốc đã rời đi.'],
    ['en', 'Only 3 executives left.', 'vi', 'Chỉ ba giám đốc đã rời đi.'],
    ['en', 'Only 3 executives left.', 'fr', 'Seuls trois dirigeants sont partis.'],
    ['en', 'Only 3 executives left.', 'de', 'Nur drei Führungskräfte gingen.'],
    ['en', 'Only 3 executives left.', 'es', 'Solo tres ejecutivos se fueron.'],
    ['en', 'The call starts at 3:30 PM.', 'fr', 'L’appel commence à 15 h 30.'],
    ['en', 'The call starts at 3:30 PM.', 'de', 'Der Anruf beginnt um 15:30 Uhr.'],
    ['en', 'Over 500 million people use Meta AI monthly.', 'fr', 'Plus de 500 millions de personnes utilisent Meta AI chaque mois.'],
    ['en', 'Over 500 million people use Meta AI monthly.', 'vi', 'Hơn 500 triệu người dùng Meta AI hàng tháng.'],
    ['en', 'Most of it was built in the 20th century.', 'fr', 'L’essentiel a été construit au XXe siècle.'],
    ['en', 'One in 5 adults uses it.', 'fr', 'Un adulte sur cinq l’utilise.'],
    ['en', 'Sales fell 5% in the 1990s.', 'fr', 'Les ventes ont baissé de 5 % dans les années 1990.'],
    ['en', 'Sales fell -5% last year.', 'vi', 'Doanh số giảm 5% năm ngoái.'],
    ['en', 'GPT-5 will be larger than GPT-4.', 'fr', 'GPT-5 sera plus grand que GPT-4.'],
    ['en', 'Managing chips to develop Llama 4 is hard.', 'vi', 'Quản lý chip để phát triển Llama 4 là khó.'],
    // collective numerals and "always" idioms
    ['en', 'Apple sold nearly 1,000 phones per minute.', 'fr', 'Apple a vendu près d’un millier de téléphones par minute.'],
    ['en', 'Apple sold nearly 1,000 phones per minute.', 'es', 'Apple vendió cerca de un millar de teléfonos por minuto.'],
    ['en', 'About 100 people came.', 'fr', 'Une centaine de personnes sont venues.'],
    ['en', 'A dozen firms reported losses, and 12 more were audited.', 'vi', 'Một tá công ty báo lỗ, và 12 công ty khác bị kiểm toán.'],
    ['en', 'Half of them work 24/7.', 'fr', 'La moitié d’entre eux travaillent 24 h/24 et 7 j/7.'],
    ['en', 'The store is open 24 hours a day, 7 days a week.', 'de', 'Der Laden ist rund um die Uhr geöffnet.'],
    ['en', 'Support is available 24/7.', 'es', 'El soporte está disponible las 24 horas del día, los 7 días a la semana.'],
    // a fraction written with digits may be spelled out, and "1/3" may be a date
    ['en', 'About 1/3 of users left.', 'fr', 'Environ un tiers des utilisateurs sont partis.'],
    ['en', 'About 3/4 of voters agreed.', 'de', 'Etwa drei Viertel der Wähler stimmten zu.'],
    ['en', 'The office reopens on 1/3.', 'fr', 'Le bureau rouvre le 3 janvier.'],
  ])('%s “%s” → %s “%s”', (sl, s, tl, t) => {
    expect(run(pair(sl, [s], tl, [t]))).toEqual([]);
  });

  it('the seed sentence: “100,000 H100 chips” ↔ “chip H100 100.000 chiếc”', () => {
    const ctx = pair(
      'en',
      ['According to one estimate, a cluster of 100,000 H100 chips would require 150 megawatts of power.'],
      'vi',
      ['Theo một ước lượng, một cụm chip H100 100.000 chiếc sẽ cần 150 megawatt điện.'],
    );
    expect(run(ctx)).toEqual([]);
  });

  it('a number the aligner put in the neighbouring bead is not missing', () => {
    const ctx = pair('en', ['Meta spent $40 billion.', 'Sales rose.'], 'vi', ['Meta đã chi tiêu.', 'Doanh số tăng 40 tỷ USD.']);
    expect(run(ctx)).toEqual([]);
  });

  it('a number the aligner put two beads away still counts: per-value counts over the aligned text', () => {
    const ctx = pair(
      'en',
      ['Meta spent $40 billion.', 'Sales rose.', 'Costs fell.'],
      'vi',
      ['Meta đã chi tiêu.', 'Doanh số tăng.', 'Chi phí giảm 40 tỷ USD.'],
    );
    expect(run(ctx)).toEqual([]);
  });

  it('a number found in the neighbouring unaligned target text is not reported as dropped', () => {
    const src = makeDocument('en', ['Meta spent $40 billion on chips.']);
    const tgt = makeDocument('vi', ['Meta đã chi tiêu vào chip.', 'Khoảng 40 tỷ USD.']);
    const ctx = makeContext(makeAlignment(src, tgt, [{ source: [0], target: [0] }, { source: [], target: [1] }]));
    expect(run(ctx)).toEqual([]);
  });

  it('numbers of beads with an empty side are left to the omission and addition checks', () => {
    const src = makeDocument('en', ['Sales rose 22 percent.', 'Costs grew 9 percent.']);
    const tgt = makeDocument('vi', ['Doanh số tăng 22%.']);
    expect(run(makeContext(makeAlignment(src, tgt)))).toEqual([]);
  });
});

describe('number: errors are flagged with exact spans', () => {
  it('42 → 420 is one changed number', () => {
    const ctx = pair('en', ['An increase of more than 42 percent from 2023.'], 'vi', ['Tăng 420% so với năm 2023.']);
    const f = run(ctx);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ target: at(ctx.alignment.target, '420%'), source: at(ctx.alignment.source, '42 percent'), actual: '420%', expected: '42 percent' });
    expect(f[0].category).toBeUndefined(); // the check's own: Accuracy/Mistranslation, major
    expect(f[0].message).toBe('“420%” in the translation does not match “42 percent” in the source');
  });

  it('billion → million: $40 billion → 40 triệu USD', () => {
    const ctx = pair('en', ['Meta expects to spend as much as $40 billion this year.'], 'vi', ['Meta dự kiến chi tiêu tới 40 triệu USD vào năm nay.']);
    const f = run(ctx);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ target: at(ctx.alignment.target, '40 triệu USD'), source: at(ctx.alignment.source, '$40 billion') });
    expect(f[0].message).toContain('(40,000,000 instead of 40,000,000,000)');
  });

  it('French “billion” is 10¹²: “40 billions de dollars” for “$40 billion” is changed', () => {
    const ctx = pair('en', ['Meta will spend $40 billion.'], 'fr', ['Meta dépensera 40 billions de dollars.']);
    expect(run(ctx).map((f) => texts(ctx, f))).toEqual([['40 billions de dollars', '$40 billion']]);
  });

  it('a dropped number: the source span, and the target sentence it should be in', () => {
    const ctx = pair('en', ['The lab requires 30 megawatts of power.'], 'fr', ['Le laboratoire nécessite des mégawatts de puissance.']);
    const f = run(ctx);
    expect(f).toEqual([
      {
        check: 'number',
        category: 'Accuracy/Omission',
        message: '“30” of the source is missing in the translation',
        target: at(ctx.alignment.target, 'Le laboratoire nécessite des mégawatts de puissance.'),
        source: at(ctx.alignment.source, '30'),
        expected: '30',
      },
    ]);
  });

  it('an extra number in the translation', () => {
    const ctx = pair('en', ['Costs have grown this year.'], 'de', ['Die Kosten sind dieses Jahr um 17 Prozent gestiegen.']);
    const f = run(ctx);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      category: 'Accuracy/Addition',
      target: at(ctx.alignment.target, '17 Prozent'),
      source: at(ctx.alignment.source, 'Costs have grown this year.'),
      actual: '17 Prozent',
    });
  });

  it('Danish-style corruption 2.200.112 → 2,200,12 (mozilla/translations #1388)', () => {
    const ctx = pair('de', ['Die Stadt hat 2.200.112 Einwohner.'], 'en', ['The city has 2,200,12 inhabitants.']);
    const f = run(ctx);
    expect(f.map((x) => texts(ctx, x))).toEqual([['2,200,12', '2.200.112']]);
    expect(f[0].message).toContain('(220,012 instead of 2,200,112)');
  });

  it('244890 → 24,490 (mozilla/firefox-translations #534)', () => {
    const ctx = pair('en', ['The region has 244890 inhabitants.'], 'fr', ['La région compte 24,490 habitants.']);
    const f = run(ctx);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ target: at(ctx.alignment.target, '24,490'), source: at(ctx.alignment.source, '244890'), actual: '24,490', expected: '244890' });
  });

  it('English-style 100,000 left in French is a minor locale-format finding, not a changed number', () => {
    const ctx = pair('en', ['A cluster of 100,000 chips.'], 'fr', ['Un cluster de 100,000 puces.']);
    expect(run(ctx)).toEqual([
      {
        check: 'number',
        severity: 'minor',
        category: 'Locale convention/Number format',
        message: '“100,000” is not written the French way: it reads as 100 there, and the source has 100,000; write “100\u202f000”',
        target: at(ctx.alignment.target, '100,000'),
        source: at(ctx.alignment.source, '100,000'),
        actual: '100,000',
        expected: '100\u202f000',
      },
    ]);
  });

  it('an English decimal point in a German amount is a minor locale finding; a version number is not', () => {
    const ctx = pair('en', ['Revenue was 1.5 billion euros with Llama 3.1.'], 'de', ['Der Umsatz betrug 1.5 Milliarden Euro mit Llama 3.1.']);
    const f = run(ctx);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'minor', target: at(ctx.alignment.target, '1.5 Milliarden Euro'), expected: '1,5 Milliarden Euro' });
  });

  it('a repeated number that appears once too few is found', () => {
    const ctx = pair(
      'en',
      ['GPT-5 costs 9 dollars.', 'Llama costs 9 dollars too.', 'Mistral costs 9 dollars.'],
      'fr',
      ['GPT-5 coûte 9 dollars.', 'Llama coûte aussi des dollars.', 'Mistral coûte 9 dollars.'],
    );
    const f = run(ctx);
    expect(f).toHaveLength(1);
    expect(f[0].source).toEqual(at(ctx.alignment.source, '9 dollars', 1));
  });

  it('a changed number next to an idiom is still found', () => {
    const ctx = pair('en', ['The plant runs 24/7 and employs 300 people.'], 'fr', ['L’usine tourne 24 h/24 et emploie 30 personnes.']);
    expect(run(ctx).map((f) => texts(ctx, f))).toEqual([['30', '300']]);
  });

  it('"zero" spelled out matches a 0 (React docs, "Sharing State Between Components", French)', () => {
    const ctx = pair(
      'en',
      ['Accordion contains an activeIndex value of zero which turns into isActive value of true passed to the first Panel, and isActive value of false passed to the second Panel.'],
      'fr',
      ['Accordion contient une valeur activeIndex à 0 qui se transforme en une valeur isActive à true passé au premier Panel et une autre à false passée au second Panel.'],
    );
    expect(run(ctx)).toEqual([]);
    // …and only a 0: "zero" does not excuse another number.
    const changed = pair('en', ['The counter starts at zero when the page loads.'], 'fr', ['Le compteur commence à 10 quand la page se charge.']);
    expect(run(changed).map((f) => f.message)).toEqual(['“10” in the translation is not in the source']);
  });

  it('a digit dropped beside spelled-out words the source spells out too (React, "State as a Snapshot", French)', () => {
    const en = 'In this example, you might expect that clicking the “+3” button would increment the counter three times because it calls setNumber three times.';
    const ctx = pair('en', [en], 'fr', ['Dans cet exemple, vous vous attendez peut-être à ce que cliquer sur le bouton « + » incrémente le compteur trois fois parce qu’il appelle setNumber trois fois.']);
    expect(run(ctx).map((f) => texts(ctx, f))).toEqual([[expect.any(String), '3']]);
    // …while the intact translation passes, and so does a digit the translation spells out once more.
    expect(run(pair('en', [en], 'fr', ['Dans cet exemple, vous vous attendez peut-être à ce que cliquer sur le bouton « +3 » incrémente le compteur trois fois parce qu’il appelle setNumber trois fois.']))).toEqual([]);
    expect(run(pair('en', ['Only 3 executives and three engineers left.'], 'fr', ['Seuls trois dirigeants et trois ingénieurs sont partis.']))).toEqual([]);
  });

  it('"Ones and zeroes." written "Des 1 et des 0." (React, "Reacting to Input with State", French alt text)', () => {
    expect(run(pair('en', ['Ones and zeroes.'], 'fr', ['Des 1 et des 0.']))).toEqual([]);
    // …and only those digits: "ones" does not excuse a 7.
    expect(run(pair('en', ['Ones and zeroes.'], 'fr', ['Des 7 et des 0.'])).map((f) => f.message)).toEqual(['“7” in the translation is not in the source']);
  });

  it('a spelled-out word never raises a finding by itself', () => {
    const ctx = pair('en', ['Three executives left.'], 'fr', ['Des dirigeants sont partis.']);
    expect(run(ctx)).toEqual([]);
  });
});

describe('number: the seed documents', () => {
  /** The seed paragraphs: Vietnamese first, then the English original after the “Nguồn:” line. */
  const seed = readFileSync(new URL('../../corpus/seeds/000_6171f854f6f90d12.txt', import.meta.url), 'utf8');
  const lines = seed.split(/\r?\n/).filter((l) => l.trim());
  const cut = lines.findIndex((l) => l.startsWith('Nguồn'));
  const vi = lines.slice(0, cut);
  const en = lines.slice(cut + 1);

  it('the paragraph with 100,000 H100, 150 MW, $40 billion, 42 percent and 2023 passes', () => {
    const s = en.find((l) => l.startsWith('According to one estimate'));
    const t = vi.find((l) => l.startsWith('Theo một ước lượng'));
    expect(s && t).toBeTruthy();
    // Every value matches; the one finding is “more than 42 percent” → “tăng 42%” (minor).
    expect(run(pair('en', [s!], 'vi', [t!])).map((f) => [f.severity, f.actual])).toEqual([['minor', '42']]);
  });

  it('the paragraph with 9 and 22 percent passes', () => {
    const s = en.find((l) => l.startsWith('Meta’s total operating costs'));
    const t = vi.find((l) => l.startsWith('Tổng chi phí vận hành'));
    expect(run(pair('en', [s!], 'vi', [t!]))).toEqual([]);
  });
});

describe('number: a sentence cut short is truncation’s finding, not a list of lost numbers', () => {
  const src = [
    'Meta expects to spend as much as $40 billion in capital this year to furnish data centers, an increase of more than 42 percent from 2023.',
    'The company expects even more torrid growth in that spending next year.',
  ];
  it('does not report the numbers after the cut', () => {
    const ctx = pair('en', src, 'vi', ['Meta dự kiến chi tiêu tới…', 'Công ty mong đợi mức tăng chi tiêu tăng nguồn lực đó năm sau.']);
    expect(run(ctx)).toEqual([]);
  });
  it('still reports a number dropped from a complete sentence', () => {
    const ctx = pair('en', src, 'vi', [
      'Meta dự kiến chi tiêu tới 40 tỷ USD vào năm nay để trang bị trung tâm dữ liệu, tăng hơn so với năm 2023.',
      'Công ty mong đợi mức tăng chi tiêu tăng nguồn lực đó năm sau.',
    ]);
    expect(run(ctx).map((f) => f.expected)).toEqual(['42 percent']);
  });
});

describe('number: converted units', () => {
  // US news converted to metric in translation: the values differ, the quantities do not.
  it.each<[string, string, string, string]>([
    ['en', 'The storm moved 50 miles inland.', 'fr', 'La tempête a progressé de 80 kilomètres à l’intérieur des terres.'],
    ['en', 'It dropped 3 inches of rain.', 'fr', 'Elle a déversé 7,6 centimètres de pluie.'],
    ['en', 'The tower is 1,000 feet tall.', 'fr', 'La tour mesure 305 mètres de haut.'],
    ['en', 'Each panel weighs 200 pounds.', 'fr', 'Chaque panneau pèse 90 kilos.'],
    ['en', 'Temperatures reached 95 degrees Fahrenheit on Monday.', 'fr', 'Les températures ont atteint 35 degrés Celsius lundi.'],
    ['en', 'Temperatures reached 95°F on Monday.', 'de', 'Die Temperaturen erreichten am Montag 35 °C.'],
    ['en', 'The fire burned 10,000 acres.', 'es', 'El incendio quemó 4.000 hectáreas.'],
    ['en', 'Winds reached 100 miles per hour.', 'es', 'Los vientos alcanzaron 160 kilómetros por hora.'],
    ['en', 'The truck carried 5,000 gallons of water.', 'de', 'Der Lastwagen transportierte 19.000 Liter Wasser.'],
    ['en', 'The trail is 6 miles long.', 'vi', 'Con đường mòn dài 10 km.'],
    ['en', 'It froze at 32°F overnight.', 'fr', 'Il a gelé à 0 °C pendant la nuit.'],
    // the original kept in parentheses beside the conversion, or the other way round
    ['en', 'The storm moved 50 miles (80 km) inland.', 'fr', 'La tempête a progressé de 80 km à l’intérieur des terres.'],
    ['en', 'The storm moved 50 miles inland.', 'fr', 'La tempête a progressé de 80 km (50 milles) à l’intérieur des terres.'],
  ])('%s “%s” → %s “%s”', (sl, s, tl, t) => {
    expect(run(pair(sl, [s], tl, [t]))).toEqual([]);
  });

  it.each<[string, string, string, string, string, string]>([
    // a wrong conversion, a changed value in the same unit, a unit of another dimension
    ['en', 'The storm moved 50 miles inland.', 'fr', 'La tempête a progressé de 120 kilomètres à l’intérieur des terres.', '120', '50'],
    ['en', 'The storm moved 50 km inland.', 'fr', 'La tempête a progressé de 80 km à l’intérieur des terres.', '80', '50'],
    ['en', 'The tower is 1,000 feet tall.', 'de', 'Der Turm ist 3.000 Meter hoch.', '3.000', '1,000'],
    ['en', 'Each panel weighs 200 pounds.', 'es', 'Cada panel pesa 90 metros.', '90', '200 pounds'],
  ])('%s “%s” → %s “%s”: flagged', (sl, s, tl, t, actual, expected) => {
    const f = run(pair(sl, [s], tl, [t]));
    expect(f.map((x) => [x.actual, x.expected])).toEqual([[actual, expected]]);
  });
});

describe('number: the same amount in another currency', () => {
  it.each<[string, string, string, string]>([
    ['en', 'Meta will spend $40 billion this year.', 'fr', 'Meta dépensera 40 milliards de dollars cette année.'],
    ['en', 'Meta will spend $40 billion this year.', 'vi', 'Meta sẽ chi 40 tỷ USD trong năm nay.'],
    ['en', 'The fine was €5 million.', 'de', 'Die Strafe betrug 5 Millionen Euro.'],
    ['en', 'Tickets cost £200.', 'fr', 'Les billets coûtent 200 livres sterling.'],
    // "pounds" may be a weight: its currency is not certain
    ['en', 'Each panel weighs 200 pounds.', 'fr', 'Chaque panneau pèse 200 livres.'],
    ['en', 'Each panel weighs 200 pounds.', 'es', 'Cada panel pesa 200 euros.'],
    // no currency on one side: not a change of currency
    ['en', 'Meta will spend $40 billion this year.', 'fr', 'Meta dépensera 40 milliards cette année.'],
  ])('%s “%s” → %s “%s”: not flagged', (sl, s, tl, t) => {
    expect(run(pair(sl, [s], tl, [t]))).toEqual([]);
  });

  it.each<[string, string, string, string, string, string]>([
    ['en', 'Meta will spend $40 billion this year.', 'fr', 'Meta dépensera 40 milliards d’euros cette année.', '40 milliards d’euros', '$40 billion'],
    ['en', 'The fine was €5 million.', 'es', 'La multa fue de 5 millones de dólares.', '5 millones de dólares', '€5 million'],
    ['en', 'Revenue reached €40 billion.', 'vi', 'Doanh thu đạt 40 tỷ USD.', '40 tỷ USD', '€40 billion'],
  ])('%s “%s” → %s “%s”: flagged', (sl, s, tl, t, actual, expected) => {
    const ctx = pair(sl, [s], tl, [t]);
    const f = run(ctx);
    expect(f.map((x) => [x.actual, x.expected])).toEqual([[actual, expected]]);
    expect(f[0].target).toEqual(at(ctx.alignment.target, actual));
    expect(f[0].message).toMatch(/is in (EUR|USD), “.*” in the source in (USD|EUR)/);
  });
});

describe('number: a quoted label the source shows is a reference, not a number added', () => {
  // React's "State as a Snapshot" in Vietnamese names the example's button, which the English
  // sentence only points at ("this button"); the button is `}}>+5</button>` in the example's code.
  const en = ['Try to guess what clicking this button will alert:', 'setNumber(number + 5); }}>+5</button>'];
  const vi = (label: string) => [`Đoán xem browser sẽ alert giá trị bao nhiêu khi bạn nhấn nút ${label} trong thí dụ này:`, 'setNumber(number + 5); }}>+5</button>'];
  it('is not reported when quoted alone and found in the source', () => {
    expect(run(pair('en', en, 'vi', vi('"+5"')))).toEqual([]);
    expect(run(pair('en', en, 'vi', vi('“+5”')))).toEqual([]);
  });

  it('is reported when the source has no such label, when unquoted, or without its sign', () => {
    const other = ['Try to guess what clicking this button will alert:', 'setNumber(number + 1); }}>+1</button>'];
    const otherVi = [vi('"+5"')[0], 'setNumber(number + 1); }}>+1</button>'];
    expect(run(pair('en', other, 'vi', otherVi)).map((f) => f.message)).toEqual(['“5” in the translation is not in the source']);
    expect(run(pair('en', en, 'vi', vi('+5'))).map((f) => f.message)).toEqual(['“5” in the translation is not in the source']);
    expect(run(pair('en', en, 'vi', vi('"5"'))).map((f) => f.message)).toEqual(['“5” in the translation is not in the source']);
  });
});

describe('number: a number written as inline code on one side and as prose on the other', () => {
  // React's Vietnamese "Updating Objects in State": "the _number `0` itself_" became "_số 0 bản
  // thân nó_". Markdown's code spans are masked before the checks read a sentence, so the source
  // showed no 0 and the translation's 0 was reported as added.
  const md = (lang: Lang, text: string): Document =>
    documentFromFile({ path: `${lang}.md`, text: `# T\n\n${text}\n`, encoding: 'utf-8', format: 'markdown' }, { lang });
  const check = (en: string, vi: string) => {
    const source = md('en', en);
    const target = md('vi', vi);
    return run(makeContext(makeAlignment(source, target))).map((f) => f.message);
  };
  const EN = 'The `x` state changed from `0` to `5`, but the _number `0` itself_ did not change.';
  it('is not reported: the source has `0`', () => {
    expect(check(EN, 'State `x` đã thay đổi từ `0` thành `5`, nhưng _số 0 bản thân nó_ không thay đổi.')).toEqual([]);
  });
  it('a number in neither form on the other side is still reported, both ways', () => {
    expect(check(EN, 'State `x` đã thay đổi từ `0` thành `5`, nhưng _số 7 bản thân nó_ không thay đổi.')).toEqual(['“7” in the translation is not in the source']);
    expect(check('The state changed twice, from 0 to 5 and back to 0 after 3 seconds.', 'State đã thay đổi hai lần, từ `0` thành `5` rồi về `0` sau vài giây.')).toEqual(['“3” of the source is missing in the translation']);
  });
});
