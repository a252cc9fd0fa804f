/** Chinese numerals as used in section markers: 一 … 十 … 九十九 (GB/T 9704-2012 §7.3.3). */
const DIGITS = '〇一二三四五六七八九';

/** 一 -> 1, 十二 -> 12, 二十 -> 20, 九十九 -> 99; anything else -> undefined. */
export function chineseToNumber(s: string): number | undefined {
  if (!s || s.length > 3) return undefined;
  const d = (ch: string) => {
    const v = DIGITS.indexOf(ch);
    return v > 0 ? v : undefined;
  };
  if (s.length === 1) return s === '十' ? 10 : d(s);
  const ten = s.indexOf('十');
  if (ten < 0) return undefined;
  const tens = ten === 0 ? 1 : d(s.slice(0, ten));
  if (tens === undefined || ten > 1) return undefined;
  const restText = s.slice(ten + 1);
  if (restText === '') return tens * 10;
  if (restText.length !== 1) return undefined;
  const ones = d(restText);
  return ones === undefined ? undefined : tens * 10 + ones;
}

/** 1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 99 -> 九十九. */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones ? DIGITS[ones] : '');
}
