// Entry point: parses arguments with yargs, runs a command, and is the one place where errors turn
// into exit codes. The contract (README "Exit codes"): 0 no finding at or above --fail-on;
// 1 findings at or above it; 2 usage or input error (one line on stderr, naming the file);
// 3 an internal error (a bug in tqc).
import yargs from 'yargs';
import { TOOL_VERSION } from '../run/version.js';
import { InputError } from '../types/index.js';
import { alignCommand } from './align.js';
import { checkCommand } from './check.js';
import { mergeCommand } from './merge.js';
import { splitCommand } from './split.js';

class UsageError extends Error {}

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
    .fail((msg, err) => {
      if (err) throw err;
      throw new UsageError(msg);
    });
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
