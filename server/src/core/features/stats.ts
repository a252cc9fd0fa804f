import type { ReportDocument } from '../parse/model';
import { walk } from '../parse/tree';
import { placeholdersIn } from '../parse/placeholder';
import { WordCounter } from './wordCount';

export interface ReportStats {
  readonly title: string;
  /** 字数 of the report: Chinese characters, letters and digits. */
  readonly words: number;
  readonly parts: number;
  /** Every heading with a marker (一、（一）1.…), at any depth. */
  readonly sections: number;
}

export interface DocumentStats {
  /** 字数 of the whole document: Chinese characters, letters and digits. */
  readonly words: number;
  readonly reports: ReportStats[];
  /** Placeholders 【待补充：…】 left to write (the status bar counts them while a draft is being filled in). */
  readonly placeholders: number;
}

/** 字数 and headings of a document and of each report in it (the status bar and 工作报告：统计 show them). */
export function documentStats(doc: ReportDocument, counter = new WordCounter(doc.text, doc.lines)): DocumentStats {
  return {
    words: counter.count(0, doc.text.length),
    reports: doc.reports.map((report) => ({
      title: report.title,
      words: counter.count(report.range.start, report.range.end),
      parts: report.children.filter((node) => node.type === 'part').length,
      sections: walk(report.children).filter((node) => node.marker).length,
    })),
    placeholders: placeholdersIn(doc.text).length,
  };
}
