import type { OutlineNode, ReportDocument } from '../parse/model';
import { walk } from '../parse/tree';
import { msg, type Message } from '../l10n/message';
import { WordCounter } from './wordCount';

/** A 字数 shown above a heading. */
export interface WordCountLens {
  /** Where the heading starts. */
  readonly offset: number;
  readonly words: number;
  /** “1234 chars” / “1234字”. */
  readonly title: Message;
}

/**
 * The headings an author sizes a report by: each part (工作回顾, 工作安排) and each 一、 section. Deeper
 * headings would put a lens above nearly every paragraph.
 */
export function carriesWordCount(node: OutlineNode): boolean {
  return node.type === 'part' || (node.type === 'section' && node.level === 1);
}

export function wordCountLenses(doc: ReportDocument, counter = new WordCounter(doc.text, doc.lines)): WordCountLens[] {
  return walk(doc.reports).filter(carriesWordCount).map((node) => {
    const words = counter.count(node.range.start, node.range.end);
    return { offset: node.range.start, words, title: msg('{0} chars', words) };
  });
}
