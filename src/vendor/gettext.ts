// gettext-parser (PO files; it brings iconv-lite's code-page tables): loaded only by runs that read
// PO files. Why and how: scripts/build-bundle.mjs.
import { po } from 'gettext-parser';

const exported = { po };
export const lib = (): typeof exported => exported;
