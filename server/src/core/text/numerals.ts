/** Chinese numerals as used in section markers: 一 … 十 … 九十九 (GB/T 9704-2012 §7.3.3). */
const DIGITS = '〇一二三四五六七八九';

/** 一 -> 1, 十二 -> 12, 二十 -> 20, 九十九 -> 99; anything else -> undefined. Read by code: it runs for every marker. */
export function chineseToNumber(numeral: string): number | undefined {
  const length = numeral.length;
  if (length === 0 || length > 3) return undefined;
  const TEN = 0x5341; // 十
  if (length === 1) return numeral.charCodeAt(0) === TEN ? 10 : digit(numeral.charCodeAt(0));
  const ten = numeral.charCodeAt(0) === TEN ? 0 : numeral.charCodeAt(1) === TEN ? 1 : -1;
  if (ten < 0) return undefined;
  const tens = ten === 0 ? 1 : digit(numeral.charCodeAt(0));
  if (tens === undefined) return undefined;
  if (ten + 1 === length) return tens * 10;
  if (length - (ten + 1) !== 1) return undefined;
  const ones = digit(numeral.charCodeAt(ten + 1));
  return ones === undefined ? undefined : tens * 10 + ones;
}

/** 一 … 九 -> 1 … 9; 〇 and anything else -> undefined. */
function digit(code: number): number | undefined {
  const value = DIGIT_VALUE.get(code);
  return value ? value : undefined;
}
const DIGIT_VALUE = /* @__PURE__ */ new Map([...DIGITS].map((char, value) => [char.charCodeAt(0), value]));

/** 1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 99 -> 九十九. */
export function numberToChinese(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  if (value < 10) return DIGITS[value];
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones ? DIGITS[ones] : '');
}
