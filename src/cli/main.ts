// Entry point: parses arguments, runs a command, and turns user errors into one line + exit 2.
// The only module that knows about process exit codes and the terminal.
export async function main(argv: string[]): Promise<number> {
  process.stderr.write(`tqc: not implemented yet (${argv.join(' ')})\n`);
  return 2;
}
