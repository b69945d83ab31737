// micromark and mdast (Markdown, GFM, front matter, MDX): loaded only by runs that read Markdown.
// Why and how: scripts/build-bundle.mjs.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

const exported = { fromMarkdown, frontmatterFromMarkdown, gfmFromMarkdown, mdxFromMarkdown, frontmatter, gfm, mdxjs };
export const lib = (): typeof exported => exported;
