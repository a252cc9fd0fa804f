/**
 * Hostile pastes an author's editor must survive without freezing: read by the hostile-input tests
 * (generous bound) and by the benchmark (actual ratios), so both measure the same inputs.
 */
export const HOSTILE_INPUTS: readonly (readonly [string, string])[] = [
  ['100 KB of （（（（', '（'.repeat(100_000)],
  ['100 KB of 一、一、一、', '一、'.repeat(50_000)],
  ['100 KB of digits and dots', '1.2.3.'.repeat(17_000)],
  ['100 KB of unbalanced “《（', '“《（'.repeat(33_000)],
  ['one 100 KB paragraph', '常委会坚持学习，'.repeat(12_500)],
  ['3000 inline items in one line', Array.from({ length: 3000 }, (_, k) => `(${['一', '二', '三'][k % 3]})甲;`).join('')],
  ['10000 lines of 一、', '一、\n'.repeat(10_000)],
  ['nested brackets', '（'.repeat(20_000) + '）'.repeat(20_000)],
  ['20000 short headings', Array.from({ length: 20_000 }, (_, k) => `（${['一', '二'][k % 2]}）标题`).join('\n')],
  // A single stray carriage return at the very end, after 50,000 lines: line splitting must stay linear.
  ['50000 lines, one \\r at the end', '正文。\n'.repeat(50_000) + '\r'],
];
