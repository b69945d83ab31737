// eld's detector factory, read by file path: the package exports only its entries, each of which
// loads a database of its own. Run from the sources (tsx, vitest, dist/ modules) it is require()d
// from the installed eld; the bundle holds eld's few small modules instead (scripts/build-bundle.mjs):
// require() of an ES module loads Node's ES module loader, ~8 ms of the start-up of every run.
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type CreateEld = () => { instance: unknown; loadData(data: unknown): void };

/** eld's createEld, from the eld installed in `dir`. */
export function eldFactory(dir: string): CreateEld {
  return (createRequire(import.meta.url)(join(dir, 'src', 'languageDetector.js')) as { createEld: CreateEld }).createEld;
}
