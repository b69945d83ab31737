// Sentence splitting around periods that do not end sentences, per language: what must NOT split
// and what MUST split.
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/corpus/index.js';

const split = (lang: string, text: string) => segmentText(text, lang, { detectParagraphs: false }).sentences.map((s) => s.text);

describe('English', () => {
  it.each([
    ['Mr. Smith met Dr. Jones at 9 a.m. on Monday. They talked.', ['Mr. Smith met Dr. Jones at 9 a.m. on Monday.', 'They talked.']],
    ['The U.S. Senate voted. Apple Inc. said it would comply, e.g. by paying.', ['The U.S. Senate voted.', 'Apple Inc. said it would comply, e.g. by paying.']],
    ['He bought apples, pears, etc. The shop closed.', ['He bought apples, pears, etc.', 'The shop closed.']],
    ['See No. 5 on the list. I said no. Then I left.', ['See No. 5 on the list.', 'I said no.', 'Then I left.']],
    ['J. R. R. Tolkien wrote it. George W. Bush agreed.', ['J. R. R. Tolkien wrote it.', 'George W. Bush agreed.']],
    // An initial after a lower-case word is a one-letter name ending the sentence.
    ['Altman responded by writing on X. Then he left.', ['Altman responded by writing on X.', 'Then he left.']],
    ['Apple vs. Google is a case (cf. Oracle). Mrs. Li agreed.', ['Apple vs. Google is a case (cf. Oracle).', 'Mrs. Li agreed.']],
    ['It grew 3.5 percent to $1,234.56 million. Next year too.', ['It grew 3.5 percent to $1,234.56 million.', 'Next year too.']],
    ['Wait… what did he say? Nothing… Then silence.', ['Wait… what did he say?', 'Nothing…', 'Then silence.']],
    ['E.g. this one works. I.e. that one.', ['E.g. this one works.', 'I.e. that one.']],
    ['He said “yes.” Then he left.', ['He said “yes.”', 'Then he left.']],
    // decimal points alone take the one-sentence path; a real stop after one still splits
    ['OpenAI reported revenue of 70.2 billion dollars in 2019, while its shares rose 45%.', ['OpenAI reported revenue of 70.2 billion dollars in 2019, while its shares rose 45%.']],
    ['Revenue grew 3.5 percent in 2019.2020 was flat.', ['Revenue grew 3.5 percent in 2019.2020 was flat.']],
    ['Revenue grew 3.5 percent in 2019. Then it fell 2.1 percent.', ['Revenue grew 3.5 percent in 2019.', 'Then it fell 2.1 percent.']],
  ])('%s', (text, expected) => expect(split('en', text)).toEqual(expected));

  it('never splits inside a URL, and a final period after it still ends the sentence', () => {
    expect(split('en', 'Visit https://example.com/a?b=1&c=2. Then read https://www.wired.com/story/meta-llama-ai-gpu-training/ too.')).toEqual([
      'Visit https://example.com/a?b=1&c=2.',
      'Then read https://www.wired.com/story/meta-llama-ai-gpu-training/ too.',
    ]);
  });

  it('a title without final punctuation and a hashtag line are one sentence each', () => {
    expect(split('en', 'Meta’s Next Llama AI Models Are Training on a GPU Cluster\n#Meta #AI #Llama')).toEqual([
      'Meta’s Next Llama AI Models Are Training on a GPU Cluster',
      '#Meta #AI #Llama',
    ]);
  });
});

describe('French', () => {
  it.each([
    ['M. Macron a parlé à Mme Dupont. Il y avait des pommes, des poires, etc. Le magasin a fermé.', ['M. Macron a parlé à Mme Dupont.', 'Il y avait des pommes, des poires, etc.', 'Le magasin a fermé.']],
    ['On cite p. ex. Paris et Lyon. Voir p. 12 du rapport. Le Dr. Martin est venu.', ['On cite p. ex. Paris et Lyon.', 'Voir p. 12 du rapport.', 'Le Dr. Martin est venu.']],
    ['Un cluster de 100\u00a0000 puces coûte 1,5 milliard. C’est cher.', ['Un cluster de 100\u00a0000 puces coûte 1,5 milliard.', 'C’est cher.']],
    // A reference in brackets is no sentence end (it made every line of issue 13's benchmark two
    // French sentences against one English).
    ['Les dépenses ont doublé par rapport à 2022. (réf. 17)', ['Les dépenses ont doublé par rapport à 2022. (réf. 17)']],
    ['Le groupe investit (réf. 17). Les dépenses ont doublé.', ['Le groupe investit (réf. 17).', 'Les dépenses ont doublé.']],
    ['Le chiffre a doublé (voir fig. 3). Puis il a baissé.', ['Le chiffre a doublé (voir fig. 3).', 'Puis il a baissé.']],
    ['Elle a démissionné [cf. Annexe B] le lendemain.', ['Elle a démissionné [cf. Annexe B] le lendemain.']],
    // A whole sentence in brackets still ends where its mark is.
    ['(L’usine a ouvert en 2019. Elle emploie 240 personnes.) Personne ne le savait.', ['(L’usine a ouvert en 2019.', 'Elle emploie 240 personnes.)', 'Personne ne le savait.']],
  ])('%s', (text, expected) => expect(split('fr', text)).toEqual(expected));
});

describe('Vietnamese', () => {
  it.each([
    ['TP. Hồ Chí Minh có PGS. TS. Nguyễn Văn An và ThS. Lê Thị Bình. Họ đã đến.', ['TP. Hồ Chí Minh có PGS. TS. Nguyễn Văn An và ThS. Lê Thị Bình.', 'Họ đã đến.']],
    ['Giá tăng 1,5 lần lên 100.000 đồng. Tuần…', ['Giá tăng 1,5 lần lên 100.000 đồng.', 'Tuần…']],
    ['Trụ sở ở Q. Ba Đình. Công ty có 42% cổ phần.', ['Trụ sở ở Q. Ba Đình.', 'Công ty có 42% cổ phần.']],
  ])('%s', (text, expected) => expect(split('vi', text)).toEqual(expected));
});

describe('German', () => {
  it.each([
    ['Er kam am 3. Oktober an. Es gab z. B. Äpfel, Birnen usw. Danach ging er.', ['Er kam am 3. Oktober an.', 'Es gab z. B. Äpfel, Birnen usw.', 'Danach ging er.']],
    ['Das ist d. h. klar. Siehe Nr. 7 und S. 12. Dr. Müller kam im 19. Jahrhundert.', ['Das ist d. h. klar.', 'Siehe Nr. 7 und S. 12.', 'Dr. Müller kam im 19. Jahrhundert.']],
    // A number ending a sentence is not an ordinal: "Er war 30."
    ['Er war 30. Dann ging er. Das war im Jahr 2023. Danach kam 2024.', ['Er war 30.', 'Dann ging er.', 'Das war im Jahr 2023.', 'Danach kam 2024.']],
    ['Es kostet 1.000 Euro, z.B. Miete. Fertig.', ['Es kostet 1.000 Euro, z.B. Miete.', 'Fertig.']],
  ])('%s', (text, expected) => expect(split('de', text)).toEqual(expected));
});

describe('Spanish', () => {
  it.each([
    ['El Sr. García y la Sra. López viajaron a EE. UU. El lunes volvieron.', ['El Sr. García y la Sra. López viajaron a EE. UU.', 'El lunes volvieron.']],
    ['Hay frutas, p. ej. manzanas. Ver núm. 5 y pág. 12. Vive en EE. UU. y en México.', ['Hay frutas, p. ej. manzanas.', 'Ver núm. 5 y pág. 12.', 'Vive en EE. UU. y en México.']],
    ['¿Vino el Dr. Pérez? Sí. ¡Claro!', ['¿Vino el Dr. Pérez?', 'Sí.', '¡Claro!']],
  ])('%s', (text, expected) => expect(split('es', text)).toEqual(expected));
});

describe('options and limits', () => {
  it('sentencesPerLine: each non-empty line is exactly one sentence, whatever its punctuation', () => {
    const text = 'Mr. Smith left. He came back.\n\nOne more line\r\nLast one.';
    const r = segmentText(text, 'en', { sentencesPerLine: true });
    expect(r.sentences.map((s) => s.text)).toEqual(['Mr. Smith left. He came back.', 'One more line', 'Last one.']);
    for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    // Aligned files skip paragraph detection by default: the document's language, confidence 0.
    expect(r.paragraphs.map((p) => [p.lang, p.langConfidence])).toEqual([['en', 0], ['en', 0], ['en', 0]]);
  });

  it('a very long paragraph is segmented like its sentences one by one (pieces cut at sentence ends)', () => {
    const sentences = Array.from({ length: 400 }, (_, i) => `Sentence ${i} mentions Mr. Smith and the U.S. economy, e.g. 3.5 percent.`);
    const r = segmentText(sentences.join(' '), 'en', { detectParagraphs: false });
    expect(r.sentences.map((s) => s.text)).toEqual(sentences);
  });

  it('a long paragraph without any sentence end stays one sentence', () => {
    const text = 'word '.repeat(3000).trim();
    expect(segmentText(text, 'en', { detectParagraphs: false }).sentences).toHaveLength(1);
  });

  it('an unknown language still segments (no abbreviation data, Unicode rules only)', () => {
    expect(split('pl', 'To jest zdanie. A to drugie.')).toEqual(['To jest zdanie.', 'A to drugie.']);
  });
});
