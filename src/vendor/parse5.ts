// parse5 (HTML pages): loaded only by runs that read HTML. Why and how: scripts/build-bundle.mjs.
import { parse } from 'parse5';

const exported = { parse };
export const lib = (): typeof exported => exported;
