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
  // One line of unclosed comments: each `<!--` once looked for its `-->` to the end of the line (45 s for 1 MB).
  ['1.28 M of <!-- workreport-disable', '<!-- workreport-disable '.repeat(53_334)],
  // Old Mac line breaks only: each line once looked for a \n to the end of the text (12 s).
  ['100000 lines ending in lone \\r', '正文。\r'.repeat(100_000)],
  // More headings than the Outline lists (MAX_OUTLINE_SYMBOLS): it stops there with a notice.
  ['50000 headings', Array.from({ length: 50_000 }, (_, k) => (k % 2 ? '（一）标题' : '一、标题')).join('\n')],
];

/**
 * The fastest time of `run` on `text` per character, against the fastest on `reference`, timed in turns after
 * a warm-up (as adversarial.test.ts does): a busy machine slows both alike, so the ratio is what the code
 * costs. A text's length stands for its size: pass texts of the sizes the runs are to be compared by.
 */
export function relativeCost(run: (text: string) => unknown, text: string, reference: string, turns = 5): number {
  const time = (t: string) => {
    const start = process.hrtime.bigint();
    run(t);
    return Number(process.hrtime.bigint() - start);
  };
  for (let k = 0; k < 2; k++) { run(text); run(reference); }
  let best = Infinity;
  let bestReference = Infinity;
  for (let k = 0; k < turns; k++) {
    best = Math.min(best, time(text));
    bestReference = Math.min(bestReference, time(reference));
  }
  return (best / text.length) / (bestReference / reference.length);
}
