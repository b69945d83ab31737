// saxes (XLIFF, TMX, TBX): loaded only by runs that read XML. Why and how: scripts/build-bundle.mjs.
import { SaxesParser } from 'saxes';

const exported = { SaxesParser };
export const lib = (): typeof exported => exported;
