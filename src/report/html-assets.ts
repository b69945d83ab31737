// The HTML audit's one stylesheet and one script, inlined into the page. The script is pure DOM
// code with no data of its own (it reads data-* attributes the page already has), so no document
// text ever lands inside a <script>; the page's Content-Security-Policy allows exactly this script
// by its SHA-256 hash.

export const CSS = `
:root {
  --ink: #1d1d1f; --muted: #6b6b70; --rule: #e3e3e6; --panel: #f6f6f8;
  --critical: #b3261e; --critical-bg: #fde2de;
  --major: #8a5300; --major-bg: #ffedc2;
  --minor: #0b5cad; --minor-bg: #dfedfb;
  --focus: #5b2bb5;
  color-scheme: light;
}
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.55 system-ui, "Segoe UI", "DejaVu Sans", "Noto Sans", sans-serif; }
main { padding: 0 1.5rem 3rem; max-width: 1800px; margin: 0 auto; }
h1 { font-size: 1.35rem; margin: 1rem 0 .2rem; }
h2 { font-size: 1.2rem; margin: 1.6rem 0 .4rem; border-bottom: 2px solid var(--rule); padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.meta, .hint { color: var(--muted); font-size: .85rem; }
.verdict { font-weight: 600; margin: .3rem 0; }
.verdict.fail { color: var(--critical); }
.verdict.pass { color: #1e6b2e; }
code, .path { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; }
kbd { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .8em; border: 1px solid #bbb; border-bottom-width: 2px; border-radius: 3px; padding: 0 .3em; background: #fff; }

.controls { position: sticky; top: 0; z-index: 5; background: var(--panel); border-bottom: 1px solid var(--rule); padding: .45rem 1.5rem; display: flex; flex-wrap: wrap; gap: .3rem 1.6rem; align-items: center; font-size: .88rem; }
.controls fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem .8rem; align-items: center; }
.controls legend { float: left; font-weight: 600; margin-right: .3rem; padding: 0; }
.controls label { white-space: nowrap; cursor: pointer; }
.controls .hint { margin-left: auto; }

table { border-collapse: collapse; }
table.summary { font-size: .88rem; margin: .4rem 0 1rem; }
table.summary th, table.summary td { border: 1px solid var(--rule); padding: .25rem .55rem; text-align: right; vertical-align: top; }
table.summary th { background: var(--panel); font-weight: 600; }
table.summary th:first-child, table.summary th:nth-child(2), table.summary td:first-child, table.summary td.path { text-align: left; }
table.summary td.zero { color: #b5b5ba; }
.count { white-space: nowrap; margin-left: .35rem; }
.count:first-child { margin-left: 0; }
.count.critical { color: var(--critical); font-weight: 700; }
.count.major { color: var(--major); font-weight: 600; }
.count.minor { color: var(--minor); }

details.findings > summary { cursor: pointer; font-weight: 600; margin: 1rem 0 .3rem; }
ol.findings { list-style: none; padding: 0; margin: 0 0 1rem; columns: 2 32rem; column-gap: 2rem; }
li.finding { break-inside: avoid; padding: .35rem .5rem .4rem; margin: 0 0 .35rem; border-left: 4px solid; background: #fbfbfc; font-size: .9rem; }
li.finding.sev-critical { border-left-style: double; border-left-width: 6px; border-color: var(--critical); }
li.finding.sev-major { border-color: var(--major); }
li.finding.sev-minor { border-left-style: dotted; border-color: var(--minor); }
li.finding:focus { outline: 3px solid var(--focus); outline-offset: 1px; }
li.finding .head { display: flex; flex-wrap: wrap; gap: .1rem .6rem; align-items: baseline; }
li.finding .sev { font-weight: 700; }
li.finding.sev-critical .sev { color: var(--critical); }
li.finding.sev-major .sev { color: var(--major); }
li.finding.sev-minor .sev { color: var(--minor); }
li.finding .check { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; }
li.finding .where { color: var(--muted); font-size: .82rem; }
li.finding .msg { margin: .1rem 0; }
li.finding { overflow-wrap: break-word; min-width: 0; }
li.finding .snip { display: block; color: #3a3a3f; font-size: .85rem; margin-top: .1rem; }
li.finding .also { color: var(--muted); font-size: .82rem; }
.review { display: flex; flex-wrap: wrap; gap: .4rem; margin-top: .3rem; }
.review button, #review button { font: inherit; font-size: .8rem; padding: .1rem .55rem; border: 1px solid #8a8a90; border-radius: 4px; background: #fff; color: var(--ink); cursor: pointer; }
.review button[aria-pressed="true"] { background: var(--ink); color: #fff; border-color: var(--ink); }
.review button:focus-visible, #review button:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
li.finding.rv-accept, li.finding.rv-false { background: #f1f1f3; }
li.finding.rv-accept .msg, li.finding.rv-false .msg { color: var(--muted); }
#review { position: fixed; z-index: 6; left: 0; right: 0; bottom: 0; display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: center; padding: .45rem 1.5rem; background: var(--panel); border-top: 1px solid #b9b9be; font-size: .88rem; }
#review[hidden] { display: none; }
#review button:disabled { opacity: .45; cursor: default; }
body.reviewing main { padding-bottom: 4rem; }
.scroll { overflow-x: auto; max-width: 100%; }
li.finding .snip b { color: var(--muted); font-weight: 600; }
li.finding a.go { font-size: .82rem; }
li.off { display: none; }

table.align { width: 100%; table-layout: fixed; margin-top: .4rem; }
/* A long side-by-side table in parts (html.ts, PART_ROWS): parts off screen are not laid out. */
div.part { content-visibility: auto; contain-intrinsic-size: auto 40000px; }
div.part + div.part table.align { margin-top: 0; }
table.align th { position: sticky; top: var(--controls-height, 0); z-index: 2; background: #fff; text-align: left; vertical-align: bottom; padding: .4rem .6rem; border-bottom: 2px solid #b9b9be; font-size: .9rem; }
table.align th .path { display: block; font-weight: 400; color: var(--muted); overflow-wrap: anywhere; }
table.align td { vertical-align: top; padding: .35rem .6rem; border-bottom: 1px solid var(--rule); overflow-wrap: break-word; overflow: hidden; }
table.align td + td, table.align th + th { border-left: 1px solid var(--rule); }
table.align th.key { width: 14%; }
table.align tbody th.key { position: static; z-index: auto; vertical-align: top; font-weight: 400; font-size: .8rem; padding: .35rem .6rem; border-bottom: 1px solid var(--rule); overflow-wrap: anywhere; }
table.align tr.added td.src, table.align td.blank { background: #fafafa; }
td.missing { background: repeating-linear-gradient(135deg, #fff 0 7px, #f1f1f3 7px 14px); text-align: center; vertical-align: middle; }
td.missing .gap { color: #7a2a22; font-style: italic; font-weight: 600; }
td.src.none .gap { color: var(--muted); font-style: italic; font-size: .85rem; }
.s { display: inline; }
.sn { color: #9a9aa0; font-size: .7rem; margin-right: .2rem; font-variant-numeric: tabular-nums; user-select: none; }
.col-off { display: none; }
.mdx { display: none; }
.md-strong { font-weight: 700; }
.md-em { font-style: italic; }
.md-code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; background: #f1f1f3; border-radius: 3px; padding: 0 .15em; }
.md-link { text-decoration: underline; text-decoration-color: #9a9aa0; text-underline-offset: .15em; }

mark.f { color: inherit; background: transparent; border-radius: 2px; padding: 0 1px; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: .22em; text-decoration-skip-ink: none; }
mark.f.sev-critical { background: var(--critical-bg); text-decoration-color: var(--critical); text-decoration-style: double; }
mark.f.sev-major { background: var(--major-bg); text-decoration-color: var(--major); text-decoration-style: solid; }
mark.f.sev-minor { background: var(--minor-bg); text-decoration-color: var(--minor); text-decoration-style: dotted; }
mark.f.side { background: transparent; text-decoration-style: dashed; text-decoration-thickness: 1px; }
mark.f mark.f { padding: 0; }
mark.f.empty { background: none; font-weight: 700; text-decoration: none; }
mark.f.off { background: transparent; text-decoration: none; }
mark.f[tabindex] { cursor: help; }
mark.f[tabindex]:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
a.fn { font-size: .68rem; font-weight: 700; vertical-align: .45em; line-height: 1; text-decoration: none; margin: 0 .15rem 0 .05rem; padding: .05rem .2rem; border: 1px solid; border-radius: 3px; background: #fff; white-space: nowrap; }
a.fn.sev-critical { color: var(--critical); }
a.fn.sev-major { color: var(--major); }
a.fn.sev-minor { color: var(--minor); border-style: dotted; }
a.fn.off { display: none; }
.ctl { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .75em; color: #8a1c1c; background: #f3f0f0; border: 1px dashed #b08080; border-radius: 2px; padding: 0 .15em; }

#tip { position: fixed; z-index: 20; max-width: 30rem; background: #fff; color: var(--ink); border: 1px solid #8a8a90; border-radius: 5px; box-shadow: 0 3px 12px rgba(0,0,0,.18); padding: .4rem .6rem; font-size: .86rem; pointer-events: none; }
#tip .tip-head { font-weight: 700; margin-bottom: .1rem; }

/* Phones and narrow windows: versions stacked in each row, each labelled with its language; nothing
   wider than the screen (a 420 px window was 997 px wide, scrolling sideways). */
@media (max-width: 760px) {
  body { font-size: 14px; }
  main { padding: 0 .7rem 3rem; }
  .controls { position: static; padding: .4rem .7rem; gap: .2rem .9rem; }
  .controls .hint { margin-left: 0; }
  ol.findings { columns: 1; }
  table.align, table.align tbody, table.align tr, table.align td { display: block; width: 100%; }
  table.align thead { display: none; }
  table.align tr { border-bottom: 2px solid #b9b9be; padding: .15rem 0; }
  table.align td { border: 0 !important; padding: .2rem .15rem; }
  table.align td[data-label]::before { content: attr(data-label); display: block; font-size: .72rem; font-weight: 600; color: var(--muted); letter-spacing: .02em; }
  table.align td.blank { display: none; }
  td.missing { text-align: left; }
  #review { padding: .4rem .7rem; }
}

@media print {
  .controls, #tip, .hint, a.go, .review, #review { display: none !important; }
  body { font-size: 9.5pt; }
  main { padding: 0; max-width: none; }
  table.align th { position: static; }
  tr, li.finding { break-inside: avoid; }
  ol.findings { columns: 1; }
  details.findings > summary { list-style: none; }
  mark.f { background: none !important; }
  a.fn { color: #000 !important; }
  td.missing { background: none; border: 1px dashed #999; }
}
`;

export const SCRIPT = `
(() => {
  'use strict';
  const all = (sel) => Array.from(document.querySelectorAll(sel));
  const tip = document.getElementById('tip');
  const off = { sev: new Set(), check: new Set(), lang: new Set() };
  const isOff = (el) => off.sev.has(el.dataset.sev) || off.check.has(el.dataset.check) || off.lang.has(el.dataset.lang);

  function applyFilters() {
    for (const box of all('input[data-filter]')) {
      const set = off[box.dataset.filter];
      if (box.checked) set.delete(box.value); else set.add(box.value);
    }
    for (const el of all('[data-f]')) el.classList.toggle('off', isOff(el));
    for (const el of all('[data-col]')) el.classList.toggle('col-off', off.lang.has(el.dataset.col));
    const shown = document.getElementById('shown');
    if (shown) shown.textContent = String(all('li.finding:not(.off)').length);
    hide();
  }

  function show(mark) {
    const item = document.getElementById('item-' + mark.dataset.f);
    if (!item || mark.classList.contains('off')) return;
    const head = document.createElement('div');
    head.className = 'tip-head';
    head.textContent = item.dataset.title;
    const msg = document.createElement('div');
    msg.textContent = item.querySelector('.msg').textContent;
    tip.replaceChildren(head, msg);
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    const w = tip.offsetWidth, h = tip.offsetHeight;
    const left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8));
    const below = r.bottom + 6 + h < window.innerHeight;
    tip.style.left = left + 'px';
    tip.style.top = (below ? r.bottom + 6 : Math.max(8, r.top - h - 6)) + 'px';
  }
  function hide() { tip.hidden = true; }

  function focusMark(mark) {
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block: 'center' });
    show(mark);
  }
  function step(dir) {
    const marks = all('mark[tabindex]').filter((m) => !m.classList.contains('off'));
    if (marks.length === 0) return;
    const at = marks.indexOf(document.activeElement);
    let i;
    if (at >= 0) i = (at + dir + marks.length) % marks.length;
    else {
      // From the list or elsewhere: the first finding below (or above) the middle of the screen.
      // Marks are in reading order: a binary search reads ~17 positions, not all of them, which in
      // a long table in parts laid out every part (15 s on 100,000 rows).
      const mid = window.innerHeight / 2;
      const below = (m, orAt) => { const t = m.getBoundingClientRect().top; return t > mid || (orAt && t === mid); };
      let lo = 0;
      let hi = marks.length;
      while (lo < hi) {
        const h = (lo + hi) >> 1;
        if (below(marks[h], dir < 0)) hi = h; else lo = h + 1;
      }
      i = dir > 0 ? lo : lo - 1;
      if (i < 0 || i >= marks.length) i = dir > 0 ? 0 : marks.length - 1;
    }
    focusMark(marks[i]);
  }

  // The list's order: worst first as written (data-rank), or the order of the text (data-pos).
  function reorder(key) {
    for (const ol of all('ol.findings')) {
      const items = Array.from(ol.children);
      items.sort((a, b) => Number(a.dataset[key]) - Number(b.dataset[key]));
      for (const li of items) ol.append(li);
    }
  }

  // The review: per finding "accept" (a known problem: baseline) or "false alarm" (allowlist for
  // text rightly kept in another language, else baseline). Files are built here and downloaded;
  // nothing leaves the page otherwise.
  const verdicts = new Map();
  const panel = document.getElementById('review');
  const quoted = (li, side) => {
    const q = li.querySelector('.snip.' + side + ' q');
    return q ? q.textContent : '';
  };
  function entryOf(li) {
    return { fingerprint: li.dataset.fp, document: li.dataset.doc, check: li.dataset.check, lang: li.dataset.lang, text: quoted(li, 'tgt') || quoted(li, 'src') };
  }
  function baselineFile() {
    const findings = [];
    for (const [key, v] of verdicts) {
      const li = document.getElementById('item-' + key);
      if (li && !(v === 'false' && li.hasAttribute('data-allow'))) findings.push(entryOf(li));
    }
    const k = (e) => e.document + '\\u0000' + e.fingerprint;
    findings.sort((a, b) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
    return JSON.stringify({ schema: 'tqc-baseline', version: 2, findings }, null, 2) + '\\n';
  }
  function allowlistFile() {
    const allow = {};
    for (const [key, v] of verdicts) {
      const li = document.getElementById('item-' + key);
      if (!li || v !== 'false' || !li.hasAttribute('data-allow')) continue;
      const list = allow[li.dataset.lang] || (allow[li.dataset.lang] = []);
      const term = quoted(li, 'tgt');
      if (term && !list.includes(term)) list.push(term);
    }
    const sorted = {};
    for (const lang of Object.keys(allow).sort()) sorted[lang] = allow[lang].sort();
    return JSON.stringify({ allowlist: sorted }, null, 2) + '\\n';
  }
  function counts() {
    let accepted = 0, alarms = 0, allow = 0;
    for (const [key, v] of verdicts) {
      if (v === 'accept') accepted++; else alarms++;
      const li = document.getElementById('item-' + key);
      if (v === 'false' && li && li.hasAttribute('data-allow')) allow++;
    }
    return { accepted, alarms, allow, baseline: verdicts.size - allow };
  }
  function updatePanel() {
    const c = counts();
    panel.hidden = verdicts.size === 0;
    document.body.classList.toggle('reviewing', verdicts.size > 0);
    document.getElementById('review-count').textContent =
      c.accepted + ' accepted, ' + c.alarms + ' false alarm' + (c.alarms === 1 ? '' : 's') + ' — ' +
      c.baseline + ' for the baseline, ' + c.allow + ' for the allowlist';
    document.getElementById('dl-baseline').disabled = c.baseline === 0;
    document.getElementById('dl-allowlist').disabled = c.allow === 0;
  }
  function review(button) {
    const li = button.closest('li.finding');
    const key = li.dataset.f;
    const v = button.dataset.verdict;
    if (verdicts.get(key) === v) verdicts.delete(key); else verdicts.set(key, v);
    const now = verdicts.get(key);
    for (const b of li.querySelectorAll('button[data-verdict]')) b.setAttribute('aria-pressed', String(b.dataset.verdict === now));
    li.classList.toggle('rv-accept', now === 'accept');
    li.classList.toggle('rv-false', now === 'false');
    updatePanel();
  }
  function download(name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  document.addEventListener('change', (e) => {
    if (!(e.target instanceof HTMLInputElement)) return;
    if (e.target.dataset.filter) applyFilters();
    else if (e.target.name === 'order') reorder(e.target.value === 'text' ? 'pos' : 'rank');
  });
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target instanceof HTMLInputElement && e.target.type !== 'checkbox' && e.target.type !== 'radio') return;
    if (e.target instanceof HTMLButtonElement && (e.key === ' ' || e.key === 'Enter')) return;
    if (e.key === 'n' || e.key === 'j') { e.preventDefault(); step(1); }
    else if (e.key === 'p' || e.key === 'k') { e.preventDefault(); step(-1); }
    else if (e.key === 'Escape') hide();
  });
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (button && button.dataset.verdict) { review(button); return; }
    if (button && button.id === 'dl-baseline') { download('tqc-baseline.json', baselineFile()); return; }
    if (button && button.id === 'dl-allowlist') { download('tqc-allowlist.json', allowlistFile()); return; }
    const link = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
    if (!link) return;
    const el = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (!el) return;
    e.preventDefault();
    if (el.matches('mark')) focusMark(el);
    else { hide(); el.focus({ preventScroll: true }); el.scrollIntoView({ block: 'center' }); }
  });
  document.addEventListener('mouseover', (e) => {
    const mark = e.target instanceof Element ? e.target.closest('mark[data-f]') : null;
    if (mark) show(mark);
  });
  document.addEventListener('mouseout', (e) => {
    if (e.target instanceof Element && e.target.closest('mark[data-f]') && !(document.activeElement && document.activeElement.matches('mark[data-f]'))) hide();
  });
  document.addEventListener('focusin', (e) => {
    if (e.target instanceof Element && e.target.matches('mark[data-f]')) show(e.target);
  });
  document.addEventListener('focusout', hide);
  // Column headings stick just below the filter bar, whose height depends on the window width.
  const bar = document.querySelector('.controls');
  const fit = () => document.documentElement.style.setProperty('--controls-height', (bar ? bar.offsetHeight : 0) + 'px');
  window.addEventListener('resize', fit);
  fit();
  applyFilters();
})();
`;
