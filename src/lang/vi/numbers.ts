import type { NumberData } from '../number-data.js';

// "100.000 chiếc", "1,5 triệu", "40 tỷ USD", "42 phần trăm", "15 giờ 30".
// tỷ/tỉ = 10⁹ and nghìn tỷ = 10¹² (not "billion"/"trillion" look-alikes).
export const numbers: NumberData = {
  decimal: ',',
  group: ['.'],
  preferredGroup: '.',
  percent: ['phần trăm', 'điểm phần trăm'],
  scales: {
    nghìn: 1e3,
    ngàn: 1e3,
    'ngàn tỷ': 1e12,
    'nghìn tỷ': 1e12,
    'ngàn tỉ': 1e12,
    'nghìn tỉ': 1e12,
    vạn: 1e4,
    triệu: 1e6,
    tỷ: 1e9,
    tỉ: 1e9,
  },
  approximators: ['hơn', 'khoảng', 'gần', 'lên tới', 'lên đến', 'tới', 'ít nhất', 'nhiều nhất', 'tối đa', 'tối thiểu', 'chưa đến', 'chưa tới', 'dưới', 'trên', 'xấp xỉ', 'chừng', 'ngót', 'suýt'],
  approximatorHints: ['trở lên', 'trở xuống', 'đến', 'vượt', 'vượt quá', 'hầu như', 'gần như', 'ước tính', 'ước', 'chỉ', 'non', 'có lẽ', 'tầm', 'cỡ', 'độ', 'đạt'],
  currencyAfter: {
    'đô la mỹ': 'USD',
    'đô la': 'USD',
    'đô-la': 'USD',
    đô: 'USD',
    'đồng': 'VND',
    'euro': 'EUR',
    'bảng anh': 'GBP',
    yên: 'JPY',
    'nhân dân tệ': 'CNY',
    won: 'KRW',
    rupee: 'INR',
    rúp: 'RUB',
    'franc thụy sĩ': 'CHF',
  },
  ordinalSuffixes: [],
  timeWords: ['giờ'],
  monthWords: ['tháng'],
  weekdayWords: ['thứ'],
  idioms: ['24 giờ mỗi ngày', '24 giờ một ngày', '7 ngày mỗi tuần', '7 ngày một tuần', '365 ngày mỗi năm'],
  units: {
    dặm: 'mile', 'ki-lô-mét': 'km', 'cây số': 'km', mét: 'm', 'xen-ti-mét': 'cm', 'xăng-ti-mét': 'cm', 'mi-li-mét': 'mm',
    feet: 'ft', foot: 'ft', inch: 'inch', 'in-sơ': 'inch', pound: 'lb', pao: 'lb', 'ki-lô-gam': 'kg', 'ki-lô': 'kg', gam: 'gram', ounce: 'oz',
    'độ f': 'fahrenheit', 'độ fahrenheit': 'fahrenheit', 'độ c': 'celsius', 'độ celsius': 'celsius', độ: 'degree', kilomet: 'km', 'kilomet vuông': 'km2',
    gallon: 'gallon', lít: 'litre', 'dặm một giờ': 'mph', 'dặm/giờ': 'mph', 'km một giờ': 'kmh', 'km/giờ': 'kmh',
    'héc-ta': 'hectare', hécta: 'hectare', 'mẫu anh': 'acre', 'dặm vuông': 'sqmi', 'ki-lô-mét vuông': 'km2', 'km vuông': 'km2', 'mét vuông': 'm2',
  },
  notScales: ['tỉ lệ', 'tỷ lệ', 'tỉ số', 'tỷ số', 'tỉ trọng', 'tỷ trọng', 'tỉ giá', 'tỷ giá', 'tỉ suất', 'tỷ suất', 'tỉ mỉ', 'tỷ mỷ'],
  words: {
    một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
    mười: 10, 'mười một': 11, 'mười hai': 12, 'hai mươi': 20, 'ba mươi': 30, trăm: 100,
    nghìn: 1000, ngàn: 1000, nhất: 1,
    // "một tá" = a dozen, "chục" = ten ("vài chục": a few tens)
    tá: 12, chục: 10,
    // spans of years: "thập kỷ" (decade), "thế kỷ" (century)
    'thập kỷ': 10, 'thập kỉ': 10, 'thập niên': 10, 'thế kỷ': 100, 'thế kỉ': 100,
  },
};
