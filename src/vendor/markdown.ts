// micromark and mdast (Markdown, GFM, front matter): loaded only by runs that read Markdown.
// MDX's extensions, with the acorn JavaScript parser they bring (~0.4 MB), are src/vendor/mdx.ts:
// a run over .md files does not load them. Why and how: scripts/build-bundle.mjs.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

const exported = { fromMarkdown, frontmatterFromMarkdown, gfmFromMarkdown, frontmatter, gfm };
export const lib = (): typeof exported => exported;
