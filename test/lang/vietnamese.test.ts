import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from '../../src/lang/vietnamese.js';

describe('isVietnameseSyllable', () => {
  // From the seed translation: every word of "đang đốt … mặc dù tính phí cho … để truy cập vào các mô hình của mình".
  it.each([
    'đang', 'đốt', 'mặc', 'dù', 'tính', 'phí', 'cho', 'để', 'truy', 'cập', 'vào', 'các', 'mô', 'hình', 'của', 'mình',
    'người', 'nghiêng', 'giường', 'gì', 'quốc', 'huấn', 'luyện', 'khuyếch', 'được', 'những', 'Tuần', 'ĐỐT', 'oán',
    'chip', // a loanword that happens to fit the shape
    'đô\u0301', // NFD input is normalised first ("đố")
  ])('accepts %s', (w) => expect(isVietnameseSyllable(w)).toBe(true));

  it.each([
    'through', // no vowel after "thr"
    'cash', // "-sh" is not a coda
    'développeurs',
    'megawatt', // w
    'cluster',
    'fields',
    'đốtt', // double coda
    'tiế', // "iê" needs a coda
    'đốá', // two tones
    'GPU',
    '',
  ])('rejects %s', (w) => expect(isVietnameseSyllable(w)).toBe(false));
});
