// Markdown: markup masked to spaces, offsets still file offsets, link URLs and code never sentence
// text. Inline code is markup since issue 10 ("`Check for updates`" was reported as English).
import { describe, expect, it } from 'vitest';
import { maskMarkdown, segmentText } from '../../src/corpus/index.js';

const MD = [
  '# Meta’s Next *Llama* Models',
  '',
  'Meta expects to spend as much as **$40 billion** this year. See [the WIRED story](https://www.wired.com/story/meta-llama-ai-gpu-training/ "WIRED") for',
  'details, e.g. the _100,000_ H100 chips.',
  '',
  '- Run `tqc check` first.',
  '- [ ] Second item. It has two sentences.',
  '',
  '```js',
  'const note = "Not. Text.";',
  '```',
  '',
  'Your email address will not be published. Required fields are marked *',
].join('\n');

describe('Markdown', () => {
  const seg = segmentText(MD, 'en', { format: 'markdown', detectParagraphs: false });

  it('masks markup to spaces in a same-length text, keeping line breaks', () => {
    const { masked } = maskMarkdown(MD);
    expect(masked).toHaveLength(MD.length);
    expect(masked.split('\n')).toHaveLength(MD.split('\n').length);
    expect(masked.split('\n')[0]).toBe('  Meta’s Next  Llama  Models');
    expect(masked).not.toContain('wired.com');
    expect(masked).not.toContain('const note');
  });

  it('segments into paragraphs: heading, text block across two lines, each list item; code is not text', () => {
    expect(seg.paragraphs.map((p) => MD.slice(p.start, p.end).split('\n')[0])).toEqual([
      'Meta’s Next *Llama* Models',
      'Meta expects to spend as much as **$40 billion** this year. See [the WIRED story](https://www.wired.com/story/meta-llama-ai-gpu-training/ "WIRED") for',
      'Run `tqc check` first.',
      'Second item. It has two sentences.',
      'Your email address will not be published. Required fields are marked *',
    ]);
  });

  it('sentence offsets map back to the file; the text is the masked slice', () => {
    const s = seg.sentences;
    expect(s.map((x) => MD.slice(x.start, x.end))).toEqual([
      'Meta’s Next *Llama* Models',
      'Meta expects to spend as much as **$40 billion** this year.',
      'See [the WIRED story](https://www.wired.com/story/meta-llama-ai-gpu-training/ "WIRED") for\ndetails, e.g. the _100,000_ H100 chips.',
      'Run `tqc check` first.',
      'Second item.',
      'It has two sentences.',
      'Your email address will not be published.',
      'Required fields are marked *',
    ]);
    for (const x of s) expect(x.text).toBe(seg.masked.slice(x.start, x.end));
    expect(s[2].text).toMatch(/^See {2}the WIRED story {2,}for\ndetails, e\.g\. the {2}100,000 {2}H100 chips\.$/);
    expect(s[2].text).not.toContain('https');
    expect(s[3].text).toBe('Run             first.');
    // A lone "*" between a space and the line end is text, not emphasis.
    expect(s[7].text).toBe('Required fields are marked *');
  });

  it('masks HTML tags and comments, images keep their alt text, setext headings stand alone', () => {
    const md = 'Intro <b>bold</b> text. <!-- hidden. -->\n![A photo of chips](img.png)\n\nHeading Two\n-----------\nDone.';
    const r = segmentText(md, 'en', { format: 'markdown', detectParagraphs: false });
    expect(r.sentences.map((x) => x.text)).toEqual(['Intro    bold     text.', 'A photo of chips', 'Heading Two', 'Done.']);
  });

  it('does not mask snake_case or arithmetic: only emphasis runs touching a word', () => {
    const { masked } = maskMarkdown('Set max_length to 3 * 4 and *stress* it.');
    expect(masked).toBe('Set max_length to 3 * 4 and  stress  it.');
  });

  it('sentencesPerLine: every non-empty line of a block is one sentence', () => {
    const r = segmentText('# Title\n\nLine one. Still one.\nLine two', 'en', { format: 'markdown', sentencesPerLine: true });
    expect(r.sentences.map((x) => x.text)).toEqual(['Title', 'Line one. Still one.', 'Line two']);
  });
});
