// Deterministic generator of real-looking en→fr segment pairs for the check-throughput benchmark:
// news-style sentences with numbers in both locale formats, names, codes and the occasional defect
// (a changed number, an English fragment left in, a cut sentence), so every check has work to do.

/** mulberry32: a tiny seeded PRNG, so the same seed gives the same corpus on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMPANIES = ['Meta', 'OpenAI', 'Google', 'Nvidia', 'Microsoft', 'Amazon', 'Apple', 'Samsung', 'Intel', 'AMD'];
const PRODUCTS = ['H100', 'GPT-5', 'Llama 4', 'Gemini', 'A100', 'M3', 'Xeon 6', 'MI300X', 'Claude 3', 'TPU v5'];
const PEOPLE = ['Sam Altman', 'Mark Zuckerberg', 'Sundar Pichai', 'Susan Li', 'Lisa Su', 'Jensen Huang'];
const DAYS: [string, string][] = [['Monday', 'lundi'], ['Tuesday', 'mardi'], ['Wednesday', 'mercredi'], ['Thursday', 'jeudi'], ['Friday', 'vendredi']];

type Fill = { c: string; p: string; who: string; n: number; m: number; pct: number; y: number; d: [string, string] };

const frInt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
const enInt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const TEMPLATES: ((f: Fill) => [string, string])[] = [
  (f) => [
    `${f.c} expects to spend as much as $${f.n} billion this year, an increase of more than ${f.pct} percent from ${f.y}.`,
    `${f.c} prévoit de dépenser jusqu’à ${f.n} milliards de dollars cette année, soit une hausse de plus de ${f.pct} % par rapport à ${f.y}.`,
  ],
  (f) => [
    `According to one estimate, a cluster of ${enInt(f.m * 1000)} ${f.p} chips would require ${f.n} megawatts of power.`,
    `Selon une estimation, un cluster de ${frInt(f.m * 1000)} puces ${f.p} nécessiterait ${f.n} mégawatts de puissance.`,
  ],
  (f) => [
    `On ${f.d[0]}, ${f.who} said the company’s newest version of ${f.p} is in development and will reach ${f.n} customers in ${f.y + 1}.`,
    `${f.d[1][0].toUpperCase()}${f.d[1].slice(1)}, ${f.who} a déclaré que la dernière version de ${f.p} était en cours de développement et toucherait ${f.n} clients en ${f.y + 1}.`,
  ],
  (f) => [
    `Total operating costs at ${f.c} have grown about ${f.pct} percent this year, to ${f.n} million dollars.`,
    `Les coûts d’exploitation totaux de ${f.c} ont augmenté d’environ ${f.pct} % cette année, à ${f.n} millions de dollars.`,
  ],
  (f) => [
    `Over ${f.n} million people use ${f.p} every month, ${f.who} said.`,
    `Plus de ${f.n} millions de personnes utilisent ${f.p} chaque mois, a déclaré ${f.who}.`,
  ],
  (f) => [
    `Some ${f.n} experts worry that making models like ${f.p} freely available could be dangerous, ${f.who} wrote.`,
    `Quelque ${f.n} experts craignent que la mise à disposition gratuite de modèles comme ${f.p} ne soit dangereuse, a écrit ${f.who}.`,
  ],
  (f) => [
    `${f.c} reported revenue of ${f.m}.${f.pct % 10} billion dollars in ${f.y}, while its shares rose ${f.pct}%.`,
    `${f.c} a déclaré un chiffre d’affaires de ${f.m},${f.pct % 10} milliards de dollars en ${f.y}, tandis que ses actions progressaient de ${f.pct} %.`,
  ],
  (f) => [
    `The largest national lab supercomputer in the United States requires ${f.n} megawatts, ${f.who} said in ${f.y}.`,
    `Le plus grand supercalculateur de laboratoire national des États-Unis nécessite ${f.n} mégawatts, a déclaré ${f.who} en ${f.y}.`,
  ],
  (f) => [
    `“It seems pretty clear to me that open source will be the most cost effective option,” ${f.who} said on ${f.d[0]}.`,
    `« Il me semble assez clair que l’open source sera l’option la plus rentable », a déclaré ${f.who} ${f.d[1]}.`,
  ],
  (f) => [
    `Read more at https://example.com/${f.c.toLowerCase()}/${f.y} or write to press@${f.c.toLowerCase()}.com.`,
    `Pour en savoir plus : https://example.com/${f.c.toLowerCase()}/${f.y} ou écrivez à press@${f.c.toLowerCase()}.com.`,
  ],
];

/** Defects injected into ~6 % of pairs, so the checks report something. */
function corrupt(fr: string, r: () => number): string {
  const k = Math.floor(r() * 4);
  if (k === 0) return fr.replace(/\d+/, (d) => `${d}0`); // 42 → 420
  if (k === 1) return fr.replace(/ (de|des|la|le) /, ' through cash ');
  if (k === 2) return `${fr.slice(0, Math.max(8, Math.floor(fr.length / 3)))}…`;
  return fr.replace(/ChatGPT|OpenAI|Meta/, 'Chat GPT');
}

/** `count` pairs, every one distinct (a drawn pair seen before is drawn again): the per-text
 *  caches of tqc then pay nothing, as on real content, where lines rarely repeat. With `repeatShare`
 *  (e.g. 0.55, the workload of earlier benches) that share of the lines repeats an earlier pair. */
export function generatePairs(count: number, seed = 42, repeatShare = 0): { en: string[]; fr: string[] } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const en: string[] = [];
  const fr: string[] = [];
  const seen = new Set<string>();
  const draw = (): [string, string] => {
    const f: Fill = {
      c: pick(COMPANIES),
      p: pick(PRODUCTS),
      who: pick(PEOPLE),
      n: 1 + Math.floor(r() * 900),
      m: 1 + Math.floor(r() * 99),
      pct: 1 + Math.floor(r() * 98),
      y: 2015 + Math.floor(r() * 11),
      d: pick(DAYS),
    };
    const [e, t] = pick(TEMPLATES)(f);
    return [e, r() < 0.06 ? corrupt(t, r) : t];
  };
  const distinct = Math.max(1, Math.round(count * (1 - repeatShare)));
  for (let i = 0; i < count; i++) {
    if (i >= distinct) {
      const k = Math.floor(r() * distinct);
      en.push(en[k]);
      fr.push(fr[k]);
      continue;
    }
    let pair = draw();
    for (let tries = 0; seen.has(`${pair[0]}\t${pair[1]}`) && tries < 1000; tries++) pair = draw();
    seen.add(`${pair[0]}\t${pair[1]}`);
    en.push(pair[0]);
    fr.push(pair[1]);
  }
  if (repeatShare > 0) shuffle(en, fr, r);
  return { en, fr };
}

/** Fisher–Yates over both sides at once, so repeats are spread through the file. */
function shuffle(en: string[], fr: string[], r: () => number): void {
  for (let i = en.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [en[i], en[j]] = [en[j], en[i]];
    [fr[i], fr[j]] = [fr[j], fr[i]];
  }
}

/** The same pairs as a gettext PO file, for Translate Toolkit's pofilter. */
export function toPo(en: string[], fr: string[]): string {
  const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  let out = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: fr\\n"\n\n';
  // msgctxt keeps repeated source sentences distinct entries, as they are distinct segments.
  for (let i = 0; i < en.length; i++) out += `#: bench:${i + 1}\nmsgctxt "${i + 1}"\nmsgid ${q(en[i])}\nmsgstr ${q(fr[i])}\n\n`;
  return out;
}
