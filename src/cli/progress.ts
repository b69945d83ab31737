// A progress line on stderr when many documents are checked on a terminal; silent otherwise
// (CI logs and pipes stay clean).
export function progress(total: number): (done: number, name: string) => void {
  if (!process.stderr.isTTY || total < 5) return () => {};
  const width = 24;
  return (done, name) => {
    const filled = Math.round((done / total) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    process.stderr.write(`\r${bar} ${done}/${total} ${name.slice(0, 40).padEnd(40)}`);
    if (done === total) process.stderr.write('\r\u001b[K');
  };
}
