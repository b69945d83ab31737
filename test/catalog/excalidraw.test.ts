// The Excalidraw UI catalogs (test/fixtures/excalidraw, MIT): en.json, fr.json and vi.json as
// Excalidraw ships them, checked through the CLI exactly as a user would
// (`tqc check test/fixtures/excalidraw --format json --fail-on none`). Every finding was judged
// by reading the English and the translated value (JUDGED below): a new finding, or a lost one,
// fails the test until someone reads it and updates the table.
//
// The three files come from different upstream commits (see the fixture's README): en.json is
// older, so the translations carry keys it lacks and the rewritten `hints` with {{shortcut}}
// placeholders. Findings caused by that skew are correct about these files but say nothing about
// Excalidraw's own catalogs: they are marked `skew` and left out of the precision figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliFindings, type Found } from '../helpers/judged.js';

const ROOT = 'test/fixtures/excalidraw';

type Verdict = 'true' | 'false' | 'debatable';
interface Judged { lang: 'fr' | 'vi'; check: string; key: string; verdict: Verdict; why: string; skew?: true }

let cached: Found[] | undefined;
const found = (): Found[] => (cached ??= cliFindings([ROOT]));

const row = (lang: Judged['lang'], check: string, key: string, verdict: Verdict, why: string): Judged => ({ lang, check, key, verdict, why });
/** Empty values: the app shows the English string instead. */
const empty = (lang: Judged['lang'], section: string, keys: string[]): Judged[] =>
  keys.map((k) => row(lang, 'missing-translation', `${section}.${k}`, 'true', 'empty value: the UI falls back to English'));
/** Correct about these files, but caused by the fixture's en.json being older than the translations. */
const skew = (lang: Judged['lang'], check: string, keys: string[], why: string): Judged[] => keys.map((key) => ({ lang, check, key, verdict: 'true', why, skew: true }));

const FR_EXTRA_KEYS = [
  'labels.arrowhead_cardinality_one', 'labels.arrowhead_cardinality_many', 'labels.arrowhead_cardinality_one_or_many',
  'labels.arrowhead_cardinality_exactly_one', 'labels.arrowhead_cardinality_zero_or_one', 'labels.arrowhead_cardinality_zero_or_many',
  'labels.cardinality', 'labels.polygon.breakPolygon', 'labels.polygon.convertToPolygon', 'labels.tab', 'labels.shapeSwitch',
  'library.search.inputPlaceholder', 'library.search.heading', 'library.search.noResults', 'library.search.clearSearch',
  'search.frames', 'search.texts', 'buttons.saveLibNames', 'alerts.localStorageQuotaExceeded', 'toolBar.convertElementType',
  'hints.arrowBindModifiers', 'hints.lineEditor_line_info', 'colorPicker.color',
  ...['ctrl', 'option', 'cmd', 'alt', 'escape', 'enter', 'shift', 'spacebar', 'delete', 'mmb'].map((k) => `keys.${k}`),
];
// One finding per placeholder: hints with {{shortcut_1}} and {{shortcut_2}} are listed twice;
// hints.arrowTool has {{shortcut}} extra and {{arrowShortcut}} (this en.json's name) missing.
const FR_SHORTCUT_HINTS = [
  'dismissSearch', 'canvasPanning', 'canvasPanning', 'arrowTool', 'arrowTool', 'text_selected', 'text_editing', 'text_editing',
  'linearElementMulti', 'linearElementMulti', 'lockAngle', 'resize', 'resize', 'resizeImage', 'resizeImage', 'rotate',
  'lineEditor_info', 'lineEditor_info', 'lineEditor_pointSelected', 'lineEditor_pointSelected', 'lineEditor_nothingSelected',
  'lineEditor_nothingSelected', 'bindTextToElement', 'createFlowchart', 'deepBoxSelect', 'eraserRevert', 'disableSnapping',
  'enterCropEditor', 'leaveCropEditor', 'leaveCropEditor',
].map((k) => `hints.${k}`);

// Judged 2026-12-04 by reading both values of every finding.
const JUDGED: Judged[] = [
  // ── French ──────────────────────────────────────────────────────────────────────────────────
  ...empty('fr', 'labels', ['arrowhead_crowfoot_many']),
  ...empty('fr', 'buttons', ['copyLink']),
  ...empty('fr', 'helpDialog', ['navigateFlowchart']),
  ...empty('fr', 'welcomeScreen', ['app.center_heading']),
  row('fr', 'entity', 'hints.firefox_clipboard_write', 'true', 'flag mistyped "dom.events.asyncClipboard.clipboard.clipboardItem": the user would set a flag that does not exist'),
  row('fr', 'consistency', 'errors.copyToSystemClipboardFailed', 'true', 'same sentence "Couldn\'t copy to clipboard." is "Échec de la copie…" here, "Impossible de copier…" in alerts'),
  row('fr', 'consistency', 'element.magicframe', 'true', 'one feature, two names: "Wireframe à code" (half English) vs toolbar "Modèle en fil de fer vers code"'),
  row('fr', 'consistency', 'helpDialog.curvedArrow', 'true', 'help says "Flèche courbée", the arrow-type picker it describes says "Flèche incurvée"'),
  row('fr', 'consistency', 'overwriteConfirm.action.saveToDisk.title', 'true', '"Save to disk" is "Sauvegarder sur le disque" here, "Enregistrer sur le disque" in the export dialog'),
  row('fr', 'consistency', 'overwriteConfirm.action.saveToDisk.button', 'true', 'same as the title: Sauvegarder vs Enregistrer for one action'),
  ...skew('fr', 'addition', FR_EXTRA_KEYS, 'key added upstream after this en.json'),
  ...skew('fr', 'placeholder', FR_SHORTCUT_HINTS, 'hints rewritten upstream with {{shortcut}} placeholders after this en.json'),
  // hints.text_editing and hints.lineEditor_pointSelected too, until key chords were compared as
  // chords (round 11): a chord replaced by a placeholder is the placeholder rows' finding alone.
  ...skew('fr', 'entity', ['hints.lineEditor_info', 'hints.createFlowchart', 'hints.deepBoxSelect', 'hints.disableSnapping'], 'CtrlOrCmd replaced by a {{shortcut}} placeholder upstream (same cause as the placeholder rows)'),
  ...skew('fr', 'missing-translation', ['hints.placeImage'], 'key removed upstream after this en.json'),

  // ── Vietnamese ──────────────────────────────────────────────────────────────────────────────
  ...empty('vi', 'labels', ['arrowhead_crowfoot_many', 'arrowhead_crowfoot_one', 'arrowhead_crowfoot_one_or_many', 'lineEditor.editArrow']),
  ...empty('vi', 'buttons', ['publishLibrary']),
  ...empty('vi', 'toolBar', ['lasso']),
  ...empty('vi', 'hints', ['dismissSearch', 'canvasPanning', 'arrowTool', 'text_selected', 'text_editing', 'linearElementMulti', 'lockAngle', 'resize', 'resizeImage', 'lineEditor_info', 'lineEditor_pointSelected', 'lineEditor_nothingSelected', 'createFlowchart', 'deepBoxSelect', 'eraserRevert', 'disableSnapping', 'enterCropEditor', 'leaveCropEditor']),
  ...empty('vi', 'errorSplash', ['trackedToSentry', 'openIssueMessage']),
  ...empty('vi', 'exportDialog', ['disk_details']),
  ...empty('vi', 'helpDialog', ['deepSelect', 'deepBoxSelect', 'createFlowchart', 'navigateFlowchart', 'textNewLine', 'zoomToFit', 'zoomToSelection', 'cropFinish']),
  ...empty('vi', 'publishDialog', ['title', 'placeholder.githubHandle']),
  ...empty('vi', 'imageExportDialog', ['label.embedScene', 'title.exportToPng', 'title.exportToSvg']),
  ...empty('vi', 'stats', ['shapes', 'fullTitle', 'elementProperties']),
  ...empty('vi', 'toast', ['fileSavedToFilename', 'canvas']),
  ...empty('vi', 'colors', ['white', 'red', 'pink', 'grape', 'violet', 'gray', 'blue', 'cyan', 'bronze']),
  ...empty('vi', 'welcomeScreen', ['app.center_heading', 'app.center_heading_plus', 'app.menuHint', 'defaults.menuHint', 'defaults.center_heading', 'defaults.toolbarHint', 'defaults.helpHint']),
  ...empty('vi', 'colorPicker', ['mostUsedCustomColors', 'colors', 'shades', 'hexCode', 'noShades']),
  ...empty('vi', 'overwriteConfirm', ['action.exportToImage.title', 'action.exportToImage.button', 'action.exportToImage.description', 'action.saveToDisk.title', 'action.saveToDisk.button', 'action.saveToDisk.description', 'action.excalidrawPlus.title', 'action.excalidrawPlus.button', 'action.excalidrawPlus.description', 'modal.loadFromFile.title', 'modal.loadFromFile.button', 'modal.loadFromFile.description', 'modal.shareableLink.title', 'modal.shareableLink.button', 'modal.shareableLink.description']),
  ...empty('vi', 'mermaid', ['title', 'button', 'description', 'syntax', 'preview']),
  ...empty('vi', 'quickSearch', ['placeholder']),
  ...empty('vi', 'fontList', ['badge.old', 'sceneFonts', 'availableFonts', 'empty']),
  ...empty('vi', 'userList', ['empty', 'hint.text', 'hint.followStatus', 'hint.inCall', 'hint.micMuted', 'hint.isSpeaking']),
  ...empty('vi', 'commandPalette', ['title', 'shortcuts.select', 'shortcuts.confirm', 'shortcuts.close', 'recents', 'search.placeholder', 'search.noMatch', 'itemNotAvailable', 'shortcutHint']),
  row('vi', 'untranslated', 'buttons.clearReset', 'true', '"Reset canvas" left in English'),
  row('vi', 'entity', 'publishDialog.githubUsername', 'true', '"Github" for the brand GitHub (the same file writes GitHub elsewhere)'),
  row('vi', 'consistency', 'buttons.copyToClipboard', 'true', 'exposes labels.copySource "Sao chép vào bộ nhớ tạm", which dropped "source"'),
  row('vi', 'consistency', 'element.ellipse', 'true', 'one shape, two names: "Hình bầu dục" vs toolbar "Hình elíp"'),
  row('vi', 'consistency', 'clearCanvasDialog.title', 'true', '"Clear canvas" is "Dọn canvas" here, "Xóa khung vẽ" in the menu'),
  row('vi', 'punctuation', 'errors.libraryElementTypeError.embeddable', 'true', 'full stop dropped from a full-sentence error (its sibling iframe keeps it)'),
  row('vi', 'punctuation', 'exportDialog.link_details', 'true', 'full stop dropped from a description sentence (the other details keep it)'),
  row('vi', 'punctuation', 'toast.fileSaved', 'true', 'full stop dropped where the other toasts keep it'),
  row('vi', 'punctuation', 'labels.addWatermark', 'true', '"Làm với Excalidraw\"": "Add" and the opening quote are gone, the closing quote left alone'),
  row('vi', 'punctuation', 'search.placeholder', 'debatable', 'ellipsis of an input placeholder dropped (cosmetic)'),
  row('vi', 'punctuation', 'alerts.cannotRestoreFromImage', 'debatable', 'translation adds the full stop the English sentence forgot'),
  row('vi', 'punctuation', 'hints.embeddable', 'debatable', 'translation adds a full stop to a hint; the source has none'),
  row('vi', 'punctuation', 'publishDialog.placeholder.twitterHandle', 'debatable', 'translation adds a full stop to a full-sentence placeholder'),
  ...skew('vi', 'placeholder', ['hints.rotate', 'hints.bindTextToElement'], 'hints rewritten upstream with {{shortcut}} placeholders after this en.json'),
  ...skew('vi', 'missing-translation', ['hints.placeImage'], 'key removed upstream after this en.json'),
];

// Reported by the first run (2026-12-04) and no more, after the consistency and untranslated
// checks learnt from them (commit "Excalidraw's false alarms"): the eleven false alarms, two
// debatable findings, and two true ones lost with them — known misses, kept here so that the
// trade is visible.
const NO_LONGER_REPORTED: { lang: string; check: string; key: string; verdict: Verdict; why: string }[] = [
  { lang: 'fr', check: 'consistency', key: 'labels.solid', verdict: 'false', why: 'fill "Solid" = Solide, stroke style "Solid" = Continu: two senses (different leaf keys)' },
  { lang: 'vi', check: 'consistency', key: 'labels.solid', verdict: 'false', why: 'the same two senses: Đặc / Khối' },
  { lang: 'fr', check: 'consistency', key: 'buttons.cancel', verdict: 'false', why: '"Annuler" for Cancel and Undo: one-word synonyms' },
  { lang: 'fr', check: 'consistency', key: 'buttons.remove', verdict: 'false', why: '"Supprimer" for Remove and Delete' },
  { lang: 'vi', check: 'consistency', key: 'buttons.remove', verdict: 'false', why: '"Xóa" for Remove and Delete' },
  { lang: 'fr', check: 'consistency', key: 'stats.selected', verdict: 'false', why: 'Selected / Selection: one stem' },
  { lang: 'vi', check: 'consistency', key: 'helpDialog.cropStart', verdict: 'false', why: 'Crop image / Image cropping: the same words reworded' },
  { lang: 'vi', check: 'untranslated', key: 'buttons.zenMode', verdict: 'false', why: '"zen" is in the English source too' },
  { lang: 'vi', check: 'untranslated', key: 'buttons.exitZenMode', verdict: 'false', why: 'same' },
  { lang: 'vi', check: 'untranslated', key: 'hints.firefox_clipboard_write', verdict: 'false', why: '"about" of about:config, an identifier' },
  { lang: 'vi', check: 'untranslated', key: 'hints.firefox_clipboard_write', verdict: 'false', why: '"config" of about:config' },
  { lang: 'fr', check: 'consistency', key: 'imageExportDialog.label.withBackground', verdict: 'debatable', why: '"Background": Fond / Arrière-plan in two contexts' },
  { lang: 'vi', check: 'consistency', key: 'imageExportDialog.button.copyPngToClipboard', verdict: 'debatable', why: 'second report of one defect: now reported once' },
  { lang: 'vi', check: 'consistency', key: 'toolBar.eraser', verdict: 'true', why: 'MISSED NOW: the Eraser tool is "Xóa" (Delete); one-word sources are not compared' },
  { lang: 'vi', check: 'consistency', key: 'colors.transparent', verdict: 'true', why: 'MISSED NOW: "Transparent" is "Độ trong suốt" (Opacity); one-word sources are not compared' },
];

const id = (x: { lang: string; check: string; key: string }) => `${x.lang} | ${x.check} | ${x.key}`;

describe('the Excalidraw catalogs', () => {
  it('are the three shipped catalogs, valid JSON, with the sizes the README states', () => {
    const flat = (o: object): number => Object.values(o).reduce<number>((n, v) => n + (typeof v === 'object' && v ? flat(v) : 1), 0);
    const text = (l: string) => readFileSync(join(ROOT, `${l}.json`), 'utf8');
    const sizes = Object.fromEntries(['en', 'fr', 'vi'].map((l) => [l, [flat(JSON.parse(text(l))), text(l).length]]));
    // [keys, characters]: the whole files, not a subset.
    expect(sizes).toEqual({ en: [514, 27024], fr: [584, 33993], vi: [633, 27034] });
  });

  it('every finding is one judged by reading (a new one must be judged and added here)', () => {
    expect(found().map(id).sort()).toEqual(JUDGED.map(id).sort());
  });

  it('the false alarms of the first run stay gone', () => {
    const now = new Set(found().map(id));
    expect(NO_LONGER_REPORTED.filter((j) => j.verdict === 'false' && now.has(id(j))).map(id)).toEqual([]);
  });

  it('every judged row says why', () => {
    for (const j of JUDGED) expect(j.why.length, id(j)).toBeGreaterThan(10);
  });

  it('precision, skew left out: figures as reported', () => {
    const real = JUDGED.filter((j) => !j.skew);
    const count = (rows: Judged[], v: Verdict) => rows.filter((j) => j.verdict === v).length;
    expect([real.length, count(real, 'true'), count(real, 'false'), count(real, 'debatable')]).toEqual([129, 125, 0, 4]);
    // The checks that judge text (all but missing-translation) were where the false alarms were:
    // 16 true, 11 false, 6 debatable of 33 on the first run (see NO_LONGER_REPORTED).
    const judging = real.filter((j) => j.check !== 'missing-translation');
    expect([judging.length, count(judging, 'true'), count(judging, 'false'), count(judging, 'debatable')]).toEqual([19, 15, 0, 4]);
  });
});
