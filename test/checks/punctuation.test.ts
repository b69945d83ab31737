import { describe, expect, it } from 'vitest';
import { punctuation } from '../../src/checks/punctuation.js';
import { catalogPair, run } from './catalog-fixture.js';
import { makeAlignment, makeContext, makeDocument } from '../helpers/make.js';

describe('punctuation', () => {
  it('French: a narrow no-break space, a no-break space or a space before ! ? : is right; none is not', () => {
    expect(run(punctuation, catalogPair({ a: 'Thanks!', b: 'Sure?', c: 'Total: {x}', d: 'Done!' }, { a: 'Merci\u202f!', b: 'Vraiment\u00a0?', c: 'Total : {x}', d: 'Terminé!' }))).toEqual(['d: “!” wants a (narrow) no-break space before it in French']);
  });
  it('Vietnamese and English want no space before ?; URLs and times are not clause marks', () => {
    expect(run(punctuation, catalogPair({ a: 'Delete it?', b: 'See https://x.org at 10:30' }, { a: 'Xóa nó ?', b: 'Xem https://x.org lúc 10:30' }, ['en', 'vi']))).toEqual(['a: “?” wants no space before it in this language']);
  });
  it('white space, doubled spaces, end marks, brackets', () => {
    expect(run(punctuation, catalogPair({ a: 'Save', b: 'One two.', c: 'Saved.', d: 'Code (1)' }, { a: 'Enregistrer ', b: 'Un  deux.', c: 'Enregistré', d: 'Code (1' })).map((m) => m.split(':')[0])).toEqual(['a', 'b', 'c', 'd']);
  });
  // Excalidraw's Vietnamese catalog (test/catalog/excalidraw.test.ts).
  it('a straight quote left alone: “Làm với Excalidraw\"” lost its opening quote; balanced or as in the source is right', () => {
    expect(run(punctuation, catalogPair({ a: 'Add "Made with Excalidraw"', b: 'Click "Save"', c: 'A 27" screen' }, { a: 'Làm với Excalidraw"', b: 'Nhấn "Lưu"', c: 'Màn hình 27"' }, ['en', 'vi']))).toEqual(['a: Unbalanced "" in the translation']);
  });
  // Flutter's gallery catalogs (flutter/gallery lib/l10n, BSD-3-Clause), judged in the closing note of 2026-12-06.
  it('quotation marks are counted, whichever of them opens: German „Weiter“, Swedish ”Nästa”, »Weiter«; one left alone is still said', () => {
    const en = { a: 'Next and Back Buttons', b: 'Sort by "Recently Played"', c: 'Press "Next"', d: 'Press "Next"', e: 'Press "Next"' };
    const de = { a: 'Schaltflächen „Weiter“ und „Zurück“', b: 'Sortieren nach „Vor Kurzem angehört“', c: 'Drücke »Weiter«', d: 'Tryck på ”Nästa”', e: 'Drücke „Weiter' };
    expect(run(punctuation, catalogPair(en, de, ['en', 'de']))).toEqual(['e: Unbalanced “” in the translation']);
    expect(run(punctuation, catalogPair({ a: 'See «this»' }, { a: 'Voir « ceci' }))).toEqual(['a: Unbalanced «» in the translation']);
  });
  it('a full stop where the source forgot its last one, or that ends "etc.", is right; on a one-phrase label it is said', () => {
    const en = {
      a: "The App bar provides content and actions related to the current screen. It's used for branding, screen titles, navigation, and actions",
      b: 'Text, elevated, outlined, and more',
      c: 'Clear cart',
    };
    const fr = {
      a: "La barre d'application fournit du contenu et des actions liés à l'écran actuel. Elle sert à la marque, aux titres d'écran, à la navigation et aux actions.",
      b: 'Bouton de texte, bouton surélevé, bouton avec contours, etc.',
      c: 'Vider le panier.',
    };
    expect(run(punctuation, catalogPair(en, fr))).toEqual(['c: Source ends with no punctuation, the translation with a full stop']);
  });
  it('an ellipsis is named an ellipsis, not a full stop', () => {
    expect(run(punctuation, catalogPair({ a: 'Find text on canvas...' }, { a: 'Tìm văn bản trên vùng vẽ' }, ['en', 'vi']))).toEqual(['a: Source ends with an ellipsis, the translation with none']);
  });
  // eval:inject-catalogs: every message cut half-way with "…" was also an end-mark finding.
  it('a message cut short in "…" is the truncation check\'s alone; a full-length "…" for "." is still said', () => {
    const en = { a: 'Something went wrong while saving the library. Please try again in a few minutes.', b: 'Loading the scene.' };
    const fr = { a: 'Une erreur est survenue lors…', b: 'Chargement de la scène…' };
    expect(run(punctuation, catalogPair(en, fr))).toEqual(['b: Source ends with a full stop, the translation with an ellipsis']);
  });
});

describe('punctuation in documents: two sentences run together', () => {
  // The Kubernetes "Leases" page in Vietnamese (test/fixtures/kubernetes): "… của hệ thống.Mặc dù …".
  const EN = ['Starting in Kubernetes v1.26, each kube-apiserver uses the Lease API to publish its identity to the rest of the system.', 'While not particularly useful on its own, this provides a mechanism for clients to discover how many instances are running.'];
  const doc = (vi: string, en: string[] = EN) => makeContext(makeAlignment(makeDocument('en', [en]), makeDocument('vi', [[vi]])));
  const found = (vi: string, en?: string[]) => punctuation.run(doc(vi, en)).map((f) => f.message);

  it('flags a sentence end with no space after it', () => {
    expect(found('Từ phiên bản Kubernetes v1.26, mỗi kube-apiserver sẽ công bố danh tính của mình với phần còn lại của hệ thống.Mặc dù việc này chưa mang lại lợi ích trực tiếp.')).toEqual([
      'Two sentences run together: no space after “.” in “thống.Mặc”',
    ]);
    expect(found('Bạn có chắc không?Hãy thử lại.')).toEqual(['Two sentences run together: no space after “?” in “không?Hãy”']);
  });

  it('leaves versions, file names, abbreviations and what the source writes the same way', () => {
    expect(found('Từ phiên bản v1.26, tệp config.json và Node.js đều được hỗ trợ, Mr.Smith nói.')).toEqual([]);
    // "React.StrictMode" is in the source too: a name, not a typo.
    expect(found('Bọc component gốc của mình trong React.StrictMode. Một số thứ khác.', ['Wrap your root component into React.StrictMode. Some other things.'])).toEqual([]);
  });
});
