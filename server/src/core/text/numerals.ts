/** Chinese numerals as used in section markers: 一 … 十 … 九十九 (GB/T 9704-2012 §7.3.3). */
const DIGITS = '〇一二三四五六七八九';

/** 一 -> 1, 十二 -> 12, 二十 -> 20, 九十九 -> 99; anything else -> undefined. Read by code: it runs for every marker. */
export function chineseToNumber(s: string): number | undefined {
  const n = s.length;
  if (n === 0 || n > 3) return undefined;
  const TEN = 0x5341; // 十
  if (n === 1) return s.charCodeAt(0) === TEN ? 10 : digit(s.charCodeAt(0));
  const ten = s.charCodeAt(0) === TEN ? 0 : s.charCodeAt(1) === TEN ? 1 : -1;
  if (ten < 0) return undefined;
  const tens = ten === 0 ? 1 : digit(s.charCodeAt(0));
  if (tens === undefined) return undefined;
  if (ten + 1 === n) return tens * 10;
  if (n - (ten + 1) !== 1) return undefined;
  const ones = digit(s.charCodeAt(ten + 1));
  return ones === undefined ? undefined : tens * 10 + ones;
}

/** 一 … 九 -> 1 … 9; 〇 and anything else -> undefined. */
function digit(c: number): number | undefined {
  const v = DIGIT_VALUE.get(c);
  return v ? v : undefined;
}
const DIGIT_VALUE = /* @__PURE__ */ new Map([...DIGITS].map((ch, k) => [ch.charCodeAt(0), k]));

/** 1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 99 -> 九十九. */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones ? DIGITS[ones] : '');
}
