// A git repository built by the tests: an English article with French and Vietnamese translations,
// committed with a fixed author and dates (so commit ids are the same on every run), then edited.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function git(cwd: string, args: string[], date = '2025-01-01T12:00:00Z'): string {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Translator',
      GIT_AUTHOR_EMAIL: 'translator@example.org',
      GIT_COMMITTER_NAME: 'Translator',
      GIT_COMMITTER_EMAIL: 'translator@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

export function newRepo(prefix = 'tqc-git-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  git(dir, ['init', '-q', '-b', 'main']);
  return dir;
}

export function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

export function commit(dir: string, message: string, date: string): string {
  git(dir, ['add', '-A'], date);
  git(dir, ['commit', '-q', '-m', message], date);
  return git(dir, ['rev-parse', 'HEAD'], date);
}

/** The article as translated. */
export const EN_V1 = `The city opened its first driverless metro line in 1978, and the line still carries 180,000 passengers a day.

The line runs for 9 kilometres under the river. Engineers replaced its signalling system in 2019. Trains now arrive every 90 seconds at rush hour.

The operator says the renovation cost €120 million. Its director calls it "the biggest upgrade since 1978". It was paid for by the region and the city.
`;

export const FR = `La ville a ouvert sa première ligne de métro sans conducteur en 1978, et la ligne transporte encore 180 000 voyageurs par jour.

La ligne court sur 9 kilomètres sous le fleuve. Les ingénieurs ont remplacé son système de signalisation en 2019. Aux heures de pointe, les rames passent désormais toutes les 90 secondes.

L’exploitant indique que la rénovation a coûté 120 millions d’euros. Son directeur parle de « la plus grande modernisation depuis 1978 ». Elle a été financée par la région et la ville.
`;

export const VI = `Thành phố đã khai trương tuyến tàu điện ngầm không người lái đầu tiên vào năm 1978, và tuyến này vẫn chở 180.000 hành khách mỗi ngày.

Tuyến dài 9 ki-lô-mét chạy bên dưới dòng sông. Các kỹ sư đã thay thế hệ thống tín hiệu của tuyến vào năm 2019. Giờ đây, vào giờ cao điểm, cứ 90 giây lại có một chuyến tàu.

Nhà điều hành cho biết việc cải tạo tốn 120 triệu euro. Giám đốc của họ gọi đây là “đợt nâng cấp lớn nhất kể từ năm 1978”. Chi phí do vùng và thành phố chi trả.
`;

/** Only typography: curly quotes, a doubled space, trailing spaces. */
export const EN_TYPOGRAPHY = EN_V1.replace('"the biggest upgrade since 1978"', '“the biggest upgrade since 1978”')
  .replace('runs for 9', 'runs for  9')
  .replace('a day.\n', 'a day.  \n');

/** Three edits: a changed number, a rewritten sentence, a new paragraph. */
export const EN_V2 = EN_TYPOGRAPHY.replace('cost €120 million', 'cost €135 million')
  .replace('Engineers replaced its signalling system in 2019.', 'In 2019 the operator replaced the old signalling with a radio-based system.')
  .replace('\n\nThe operator says', '\n\nA second driverless line is planned to open in 2030.\n\nThe operator says');

/** A repository holding the article in `article/` with history: v1 translated (2025-01-01), a
 *  typographic edit (2025-02-01), then the three edits (2025-03-01). */
export function articleRepo(): { dir: string; translated: string; typographic: string; edited: string } {
  const dir = newRepo();
  write(dir, { 'article/en.txt': EN_V1, 'article/fr.txt': FR, 'article/vi.txt': VI });
  const translated = commit(dir, 'Article and its translations', '2025-01-01T12:00:00Z');
  write(dir, { 'article/en.txt': EN_TYPOGRAPHY });
  const typographic = commit(dir, 'Typography', '2025-02-01T12:00:00Z');
  write(dir, { 'article/en.txt': EN_V2 });
  const edited = commit(dir, 'New figures, new signalling, line E', '2025-03-01T12:00:00Z');
  return { dir, translated, typographic, edited };
}
