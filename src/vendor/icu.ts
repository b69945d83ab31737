// @formatjs/icu-messageformat-parser (ICU messages of catalogs): loaded only by runs that read
// catalogs. Why and how: scripts/build-bundle.mjs.
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';

const exported = { parse, TYPE };
export const lib = (): typeof exported => exported;
