// yaml (YAML catalogs): loaded only by runs that read YAML. Why and how: scripts/build-bundle.mjs.
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

const exported = { isMap, isScalar, isSeq, parseDocument };
export const lib = (): typeof exported => exported;
