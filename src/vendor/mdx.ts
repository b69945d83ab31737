// MDX's micromark and mdast extensions (JSX, expressions, ESM; they parse JavaScript with acorn):
// loaded only by runs that read .mdx files. Why and how: scripts/build-bundle.mjs.
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

const exported = { mdxFromMarkdown, mdxjs };
export const lib = (): typeof exported => exported;
