// Entry point: parses arguments with yargs, runs a command, and is the one place where errors turn
// into exit codes. The contract (README "Exit codes"): 0 no finding at or above --fail-on;
// 1 findings at or above it; 2 usage or input error (one line on stderr, naming the file);
// 3 an internal error (a bug in tqc).
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import yargs from 'yargs';
import { TOOL_VERSION } from '../run/version.js';
import { InputError } from '../types/index.js';
import { alignCommand } from './align.js';
import { checkCommand } from './check.js';
import { startWorkerIfAsked } from './jobs.js';
import { startOffloadWorkerIfAsked } from './offload.js';
import { mergeCommand } from './merge.js';
import { splitCommand } from './split.js';

// Loaded as a `--jobs` worker thread, the bundle serves documents instead of parsing arguments.
startWorkerIfAsked();
startOffloadWorkerIfAsked();

class UsageError extends Error {}

/** Edit distance, for "did you mean" (option names are short). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** yargs says "Unknown argument: lang"; a user typing --lang meant --langs: say so. A missing path
 *  is "Not enough non-option arguments: got 0, need at least 1" in yargs' words: say what to name. */
function withHint(msg: string, known: string[]): string {
  const m = /^Unknown arguments?: (.+)$/.exec(msg);
  if (!m) return msg;
  const options = known.filter((k) => k.length > 1 && !/[A-Z]/.test(k) && k !== '$0' && k !== '_');
  const parts = m[1].split(', ').map((bad) => {
    const name = bad.replace(/^-+/, '');
    const best = options
      .map((o) => ({ o, d: o.startsWith(name) || name.startsWith(o) ? Math.min(1, distance(name, o)) : distance(name, o) }))
      .sort((x, y) => x.d - y.d || (x.o < y.o ? -1 : 1))[0];
    const hint = best && best.d <= Math.max(1, Math.floor(name.length / 3)) ? ` (did you mean --${best.o}?)` : '';
    return `--${name}${hint}`;
  });
  return `unknown option ${parts.join(', ')}; see --help`;
}

// The old generation may grow by half of what survived the last full collection, not V8's default
// (up to 4× when collections are fast): tqc's garbage is short-lived, and on a 100,000-sentence
// pair the heap grew to ~380 MB over ~130 MB of live data while the audit was built, a peak of
// 530–560 MB; with 50 % it is ~450–480 MB in the same time (issue 13). A V8 option that has existed
// for years; were it ever removed, V8 would print one line on stderr and change nothing else.
// V8's options are the process's: set once, by the main thread, not again by every worker.
if (isMainThread) setFlagsFromString('--heap-growing-percent=50');

/** Once a command's handler has started, yargs renders the whole help text "for later"
 *  (usage.cacheHelpMessage, for a showHelp() the handler might call): 40–50 ms of every run, a
 *  twentieth of `tqc check` on the seed corpus (CPU profile). tqc's handlers never show help, and
 *  `--help` itself is answered before any handler runs, so the cache is not filled. Internal yargs
 *  API: if it is ever gone, nothing changes but the time. */
function skipHelpCache(parser: unknown): void {
  const internal = (parser as { getInternalMethods?: () => { getUsageInstance?: () => Record<string, unknown> } }).getInternalMethods?.();
  const usage = internal?.getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const parser = yargs(argv)
    .scriptName('tqc')
    .usage('tqc — translation-quality checker\n\nUsage: tqc <command> [options]')
    .command(checkCommand((c) => (code = c)))
    .command(alignCommand((c) => (code = c)))
    .command(splitCommand((c) => (code = c)))
    .command(mergeCommand((c) => (code = c)))
    .demandCommand(1, 'name a command: check, align, split or merge')
    .strict()
    .help()
    .alias('h', 'help')
    .version(TOOL_VERSION)
    .wrap(Math.min(100, process.stderr.columns || 100))
    .exitProcess(false)
    .showHelpOnFail(false)
    .recommendCommands()
    .fail((msg, err) => {
      if (err) throw err;
      // The parser knows the options of the command being parsed (the builder has run).
      throw new UsageError(withHint(msg, Object.keys((parser as unknown as { getOptions(): { key: Record<string, unknown> } }).getOptions().key)));
    });
  skipHelpCache(parser);
  try {
    await parser.parseAsync();
    return code;
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError) {
      process.stderr.write(`tqc: ${e.message.split('\n')[0]}\n`);
      return 2;
    }
    const err = e as Error;
    process.stderr.write(`tqc: internal error: ${err?.message ?? String(e)}${process.env.TQC_DEBUG ? `\n${err?.stack}` : ' (set TQC_DEBUG=1 for details)'}\n`);
    return 3;
  }
}
