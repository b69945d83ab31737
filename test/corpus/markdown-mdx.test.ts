// MDX and documentation Markdown read by the parser: what is text (checked) and what is markup
// (never read as words), with offsets that still point into the file. Cases from real pages: the
// React docs (test/fixtures/react), a Kubernetes-style Hugo page.
import { describe, expect, it } from 'vitest';
import { maskMarkdown, segmentText } from '../../src/corpus/index.js';

const MDX = [
  '---',
  'title: Passing Props to a Component',
  'layout: docs',
  '---',
  '',
  '<Intro>',
  '',
  'React components use *props* to communicate with each other. Every parent component can',
  'pass some information to its child components by giving them props.',
  '',
  '</Intro>',
  '',
  '## Familiar props {/*familiar-props*/}',
  '',
  '```js',
  'function Avatar() {',
  '  return <img alt="Lin Lanying" />;',
  '}',
  '```',
  '',
  'Use `className` and [the HTML standard](https://www.w3.org/TR/html52/) here.',
  '',
  `<Illustration src="/images/i_children-prop.png" alt='A puzzle-like Card tile with a slot for "children" pieces' />`,
  '',
  '|           | avoid (mutates the array) | prefer (returns a new array) |',
  '| --------- | ------------------------- | ---------------------------- |',
  '| adding    | `push`, `unshift`         | `concat` ([example](#adding-to-an-array)) |',
].join('\n');

const texts = (src: string, mdx = true) => {
  const r = segmentText(src, 'en', { format: mdx ? 'mdx' : 'markdown', detectParagraphs: false });
  return { ...r, para: r.paragraphs.map((p) => r.masked.slice(p.start, p.end)), sent: r.sentences.map((s) => s.text) };
};

describe('MDX: text and markup', () => {
  const r = texts(MDX);

  it('keeps the length and the line breaks; every sentence is the masked slice at its file offsets', () => {
    expect(r.masked).toHaveLength(MDX.length);
    expect(r.masked.split('\n')).toHaveLength(MDX.split('\n').length);
    for (const s of r.sentences) expect(s.text).toBe(r.masked.slice(s.start, s.end));
  });

  it('front matter: the title is text, keys and other values are markup', () => {
    expect(r.para[0]).toBe('Passing Props to a Component');
    expect(r.masked).not.toContain('title');
    expect(r.masked).not.toContain('layout');
  });

  it('a hard-wrapped paragraph is one paragraph: the sentence runs across the line break', () => {
    expect(r.sent).toContain('Every parent component can\npass some information to its child components by giving them props.');
  });

  it('JSX tags, code blocks, inline code, URLs and the MDX anchor are markup', () => {
    for (const markup of ['<Intro>', 'Intro', 'function Avatar', 'Lin Lanying', 'className', 'w3.org', 'familiar-props', 'push', '#adding']) {
      expect(r.masked).not.toContain(markup);
    }
    expect(r.para).toContain('Familiar props');
    expect(r.sent.map((x) => x.replace(/\s+/g, ' '))).toContain('Use and the HTML standard here.');
  });

  it('an alt attribute is text of its own paragraph; table rows are paragraphs with their header text', () => {
    expect(r.para).toContain('A puzzle-like Card tile with a slot for "children" pieces');
    expect(r.para.some((p) => p.includes('avoid (mutates the array)'))).toBe(true);
    expect(r.para.map((p) => p.replace(/\s+/g, ' '))).toContain('adding , ( example )');
  });

  it('keeps links and anchors for the entity check', () => {
    const { markup } = maskMarkdown(MDX, { mdx: true });
    expect(markup.anchors.map((a) => a.id)).toEqual(['familiar-props']);
    expect(MDX.slice(markup.anchors[0].start, markup.anchors[0].end)).toBe('{/*familiar-props*/}');
    expect(markup.links.map((l) => l.url)).toEqual(['https://www.w3.org/TR/html52/', '#adding-to-an-array']);
  });
});

describe('sloppy MDX and MDX-flavoured Markdown', () => {
  it('a file the MDX parser rejects is read as Markdown, JSX tags still markup', () => {
    // A merge-conflict block left in a real Vietnamese page: "<<<<<<< HEAD" is not JSX.
    const src = 'Bản thiết kế như sau:\n\n<img src="/a.png" width="300" style={{margin: \'0 auto\'}} />\n\n<<<<<<< HEAD\nBây giờ chúng ta hãy xem lại.\n';
    const r = texts(src);
    expect(r.para).toEqual(['Bản thiết kế như sau:', '<<<<<<< HEAD\nBây giờ chúng ta hãy xem lại.']);
  });

  it('.md of an MDX site: {/*id*/} and {#id} anchors are markup, recorded as anchors', () => {
    const src = '## Components: UI building blocks {/*components-ui-building-blocks*/}\n\n## Node heartbeats {#node-heart-beats}\n';
    const r = texts(src, false);
    expect(r.para).toEqual(['Components: UI building blocks', 'Node heartbeats']);
    expect(maskMarkdown(src).markup.anchors.map((a) => a.id)).toEqual(['components-ui-building-blocks', 'node-heart-beats']);
  });

  it('Hugo and Liquid shortcodes are markup, the prose around them is text', () => {
    const src = 'The {{< glossary_tooltip text="API Group" term_id="api-group" >}} is served by {{% param "version" %}} and {% include note.html %} nodes.';
    const r = texts(src, false);
    expect(r.sent).toHaveLength(1);
    expect(r.sent[0].replace(/ +/g, ' ')).toBe('The is served by and nodes.');
  });

  it('raw HTML: tags are markup, text between them and alt text stay', () => {
    const r = texts('<p align="center"><img src="logo.png" alt="The project logo"> Fast builds.</p>\n', false);
    // The alt text is a paragraph of its own (an image's label), not the first words of the text.
    expect(r.para.map((p) => p.replace(/ +/g, ' '))).toEqual(['The project logo', 'Fast builds.']);
  });

  it('a file the MDX parser rejects: the captions of a block of JSX components stay one paragraph each', () => {
    // React's Vietnamese "State as a Snapshot": a merge conflict made the file invalid MDX, and the
    // three <Illustration> captions read as HTML ran together as one sentence ("omitted" against
    // the English, read as MDX, where each is its own).
    const src =
      '<<<<<<< HEAD\nKhi React re-render một component:\n=======\nWhen React re-renders a component:\n>>>>>>> af54fc873819\n\n' +
      '<IllustrationBlock sequential>\n' +
      '  <Illustration caption="React gọi hàm" src="/images/docs/illustrations/i_render1.png" />\n' +
      '  <Illustration caption="Tính toán snapshot" src="/images/docs/illustrations/i_render2.png" />\n' +
      '  <Illustration caption="Cập nhật cây DOM" src="/images/docs/illustrations/i_render3.png" />\n' +
      '</IllustrationBlock>\n';
    expect(texts(src).para.slice(-3)).toEqual(['React gọi hàm', 'Tính toán snapshot', 'Cập nhật cây DOM']);
  });
});
