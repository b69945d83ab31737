// csv-parse (CSV term bases): loaded only by runs with one. Why and how: scripts/build-bundle.mjs.
import { parse } from 'csv-parse/sync';

const exported = { parse };
export const lib = (): typeof exported => exported;
