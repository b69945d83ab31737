// re2js (linear-time regular expressions written by users in the config): loaded only by runs
// whose config has one. Why and how: scripts/build-bundle.mjs.
import { RE2JS } from 're2js';

const exported = { RE2JS };
export const lib = (): typeof exported => exported;
