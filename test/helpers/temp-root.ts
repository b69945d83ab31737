// Every test file makes its scratch directories with mkdtemp under os.tmpdir(), and most never
// removed them: one full run left ~200 directories in /tmp (4,649 after a few days of runs on the
// development machine). Rather than a cleanup hook in each of ~40 files, the whole run gets one
// scratch root: TMPDIR points into it for the test workers and every tqc process they spawn
// (os.tmpdir() reads TMPDIR on each call), and it is removed when the run ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const before = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'tqc-tests-'));
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
