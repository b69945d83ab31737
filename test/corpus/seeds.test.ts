// Segmentation of the three real texts, as a careful human would split them.
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/corpus/index.js';
import type { Document } from '../../src/types/index.js';

const DIR = 'corpus/llama-gpu-cluster';
const vi = loadDocument(`${DIR}/vi.txt`);
const en = loadDocument(`${DIR}/en.txt`);
const fr = loadDocument(`${DIR}/fr.txt`);

const texts = (d: Document) => d.sentences.map((s) => s.text);
const perParagraph = (d: Document) => d.paragraphs.map((p) => d.sentences.filter((s) => s.paragraph === p.index).length);

describe('the seed texts', () => {
  it('takes each language from the file name', () => {
    expect([vi.lang, en.lang, fr.lang]).toEqual(['vi', 'en', 'fr']);
    expect(vi.langFrom).toBe('name');
  });

  it('every sentence slices the file exactly', () => {
    for (const d of [vi, en, fr]) {
      for (const s of d.sentences) expect(d.file.text.slice(s.start, s.end)).toBe(s.text);
      expect(d.sentences.map((s) => s.index)).toEqual(d.sentences.map((_, i) => i));
    }
  });

  it('Vietnamese: 17 sentences; "Tuần…" is its own sentence; hashtags and credit line are their own', () => {
    expect(perParagraph(vi)).toEqual([1, 2, 4, 2, 4, 2, 1, 1]);
    const s = texts(vi);
    expect(s[0]).toBe('Các mô hình AI Llama tiếp theo của Meta đang được huấn luyện trên một máy phân cụm GPU ‘lớn hơn bất kỳ thứ gì khác’');
    expect(s[3]).toBe('Theo một ước lượng, một cụm chip H100 100.000 chiếc sẽ cần 150 megawatt điện.');
    expect(s[13]).toBe('Giám đốc điều hành Sam Altman đã nói rằng GPT-5 sẽ là “một lớn nhảy vọt” so với người tiền nhiệm của nó.');
    expect(s[14]).toBe('Tuần…');
    expect(s[15]).toBe('#Meta #AI #Llama #GPUCluster #AIModels #NextLevelAI #Training #CuttingEdgeTech #Innovation #TechLeaders #VietnameseTechCommunity');
    expect(s[16]).toBe('Nguồn: https://www.wired.com/story/meta-llama-ai-gpu-training/');
  });

  it('English: 27 sentences; 100,000 and closing quotes stay inside their sentence', () => {
    expect(perParagraph(en)).toEqual([2, 4, 2, 4, 2, 1, 3, 3, 2, 4]);
    const s = texts(en);
    expect(s[2]).toBe('According to one estimate, a cluster of 100,000 H100 chips would require 150 megawatts of power.');
    expect(s).toContain(
      'Last week, Altman responded to a news report stating that OpenAI’s next frontier model would be released by December by writing on X, “fakes news out of control.”',
    );
    expect(s).toContain('“And I am proud that Llama is leading the way on this.”');
    expect(s).toContain('Meta’s total operating costs have grown about 9 percent this year.');
    expect(s[26]).toBe('With the potential for revenue from ads, Meta just might be able to pull off subsidizing Llama for everyone else.');
  });

  it('French: 33 sentences; the title twice as two paragraphs; "100 000" whole; the footer lines their own', () => {
    expect(perParagraph(fr)).toEqual([1, 1, 2, 4, 2, 4, 2, 1, 3, 3, 2, 4, 1, 1, 2]);
    const s = texts(fr);
    const title = 'Les prochains modèles d’IA Llama de Meta s’entraînent sur un cluster GPU «plus grand que tout»';
    expect(s.slice(0, 2)).toEqual([title, title]);
    expect(fr.paragraphs[0].end).toBeLessThan(fr.paragraphs[1].start);
    expect(s[4]).toBe('Selon une estimation, un cluster de 100\u00a0000 puces H100 nécessiterait 150 mégawatts de puissance.');
    expect(s).toContain('La semaine dernière, Altman a répondu à un reportage affirmant que le prochain modèle frontière d’OpenAI serait publié d’ici décembre en écrivant sur X : « de fausses nouvelles hors de contrôle ».');
    expect(s).toContain('“Et je suis fier que Llama ouvre la voie dans ce domaine.”');
    expect(s.slice(-4)).toEqual(['Source link', 'Leave a Reply', 'Your email address will not be published.', 'Required fields are marked *']);
  });

  it('French: the boilerplate paragraphs at the end are detected as English, the rest as French', () => {
    expect(fr.paragraphs.map((p) => p.lang)).toEqual([...Array(12).fill('fr'), 'en', 'en', 'en']);
    for (const p of fr.paragraphs) expect(p.langConfidence).toBeGreaterThan(0.5);
  });

  it('Vietnamese: the hashtag line reads as English to the detector (why split attaches it by position)', () => {
    expect(vi.paragraphs.slice(0, 6).map((p) => p.lang)).toEqual(Array(6).fill('vi'));
    expect(vi.paragraphs[6].lang).toBe('en');
  });
});
