// File names of the reports under --out: `<document>.<ext>`. A document's name is its directory's
// name, so two documents can share one (`a/doc`, `b/doc`): then each is named by its path from
// the directories' common root (`a-doc`, `b-doc`), and a clash that remains is refused before
// anything is written — one report silently replacing another is the worse outcome. Control
// characters (a newline, ESC) in a name are replaced: a report name is shown in terminals and CI
// logs, and `evil\nname.json` would forge lines there.
import { dirname, relative, resolve, sep } from 'node:path';
import { InputError } from '../types/index.js';

// C0 and C1 controls, DEL, and the separators a name must not hold.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f/\\]/g;

/** `name` safe as one file name: control characters and slashes become "_". */
export function safeName(name: string): string {
  const s = name.replace(UNSAFE, '_');
  return s === '' || s === '.' || s === '..' ? s.replace(/^\.*/, (d) => '_'.repeat(d.length || 1)) : s;
}

/** The common directory of absolute paths. */
function commonRoot(dirs: string[]): string {
  let root = dirs[0];
  for (const d of dirs) while (root !== dirname(root) && d !== root && !d.startsWith(root.endsWith(sep) ? root : root + sep)) root = dirname(root);
  return root;
}

/** One report base name per document, unique (case-insensitively: macOS and Windows file systems
 *  fold case) or an InputError. `dirs[i]` is where document i lives (its directory, or for a source
 *  file named on the command line, that file's directory). */
export function reportNames(names: readonly string[], dirs: readonly string[]): string[] {
  const safe = names.map(safeName);
  const fold = (s: string) => s.toLowerCase();
  const count = new Map<string, number>();
  for (const n of safe) count.set(fold(n), (count.get(fold(n)) ?? 0) + 1);
  const clashing = safe.map((n) => count.get(fold(n))! > 1);
  let out = safe;
  if (clashing.some(Boolean)) {
    const abs = dirs.map((d) => resolve(d));
    const root = commonRoot(abs.filter((_, i) => clashing[i]));
    out = safe.map((n, i) => {
      if (!clashing[i]) return n;
      const rel = relative(root, abs[i]).split(sep).filter(Boolean);
      // a directory document is named by its directory: its relative path is the name already
      const parts = rel.length > 0 && rel[rel.length - 1] === names[i] ? rel : [...rel, names[i]];
      return parts.map(safeName).join('-');
    });
  }
  const seen = new Map<string, number>();
  out.forEach((n, i) => {
    const j = seen.get(fold(n));
    if (j !== undefined) throw new InputError(dirs[i], `its report would have the same name as the report of ${dirs[j]} ("${n}"): rename one of the directories`);
    seen.set(fold(n), i);
  });
  return out;
}
