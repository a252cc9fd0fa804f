/**
 * How a run of sibling numbers counts (GB/T 9704-2012 §7.3.3: 结构层次序数依次排列), read as an author
 * means it. A number that breaks the count while the next one carries on as if it had not is a typo
 * (一、一、三: the second 一 stands for 二), and the count goes on from what was due; any other break
 * (一、二、四、五: a section deleted, or a run that starts again) goes on from the number written. So a
 * repeated or mistyped number is one break, on its own line, not a second one on the next sibling.
 */
export interface SequenceBreak {
  /** Index in the run of the number that breaks the count. */
  readonly index: number;
  /** The number due there. */
  readonly expected: number;
}

const NONE: readonly SequenceBreak[] = Object.freeze([]);

/**
 * The breaks of a run of items numbered `valueOf(item)`; none for a run that counts on by one. Pass a function
 * made once, not one per run: the numbering rules ask this of every sibling run of a document.
 */
export function sequenceBreaks<T>(items: readonly T[], valueOf: (item: T) => number): readonly SequenceBreak[] {
  let breaks: SequenceBreak[] | undefined;
  let count = items.length > 0 ? valueOf(items[0]) : 0;
  for (let i = 1; i < items.length; i++) {
    const due = count + 1;
    const value = valueOf(items[i]);
    if (value === due) {
      count = value;
      continue;
    }
    (breaks ??= []).push({ index: i, expected: due });
    const typo = i + 1 < items.length && valueOf(items[i + 1]) === due + 1;
    count = typo ? due : value;
  }
  return breaks ?? NONE;
}

/** Identity, for runs of plain numbers. */
export const itself = (value: number): number => value;
