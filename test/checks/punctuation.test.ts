import { describe, expect, it } from 'vitest';
import { punctuation } from '../../src/checks/punctuation.js';
import { catalogPair, run } from './catalog-fixture.js';

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
  it('an ellipsis is named an ellipsis, not a full stop', () => {
    expect(run(punctuation, catalogPair({ a: 'Find text on canvas...' }, { a: 'Tìm văn bản trên vùng vẽ' }, ['en', 'vi']))).toEqual(['a: Source ends with an ellipsis, the translation with none']);
  });
});
