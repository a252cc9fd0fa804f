import type { Diagnostic } from 'vscode-languageserver';
// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver');
import { parseReport } from '../core/parse/parser';
import type { ReportDocument } from '../core/parse/model';
import { sessionYearOf } from '../core/parse/sessionYear';
import { ReportComparer, tasksByParagraph, unansweredTasks, type Comparison } from '../core/features/compare';
import { msg } from '../core/l10n/message';
import type { FolderEntry, RuntimeEnvironment } from '../runtime';
import type { DocumentRecord, OpenReport } from './documentStore';
import { toRange } from './convert';
import { CLIENT_READ_LIMITS, REPORT_EXTENSIONS } from '../protocol';

/**
 * Folder entries read when looking for last year's report beside this year's (a folder of reports is small),
 * and the size above which a file is not read to learn its year (a report is some tens of kilobytes). The
 * client reads under the same limits in a browser (protocol.ts).
 */
export const MAX_FOLDER_ENTRIES: number = CLIENT_READ_LIMITS.folderEntries;
export const MAX_PREVIOUS_BYTES: number = CLIENT_READ_LIMITS.reportBytes;
/** Files of that folder read and parsed to learn their year, at most (each once until it changes). */
export const MAX_CANDIDATES = 30;

/** The diagnostic's id (not a registry rule: it needs a second file, which the pure core never reads). */
export const UNANSWERED_TASK = 'unanswered-task';

interface Parsed {
  readonly text?: string;
  readonly size?: number;
  readonly mtimeMs?: number;
  readonly doc: ReportDocument;
  readonly year?: number;
  readonly kind: string;
}

const COMPARISON = Symbol('comparison with last year');

/**
 * Last year's report for an open report, read through the runtime (regular files under a size cap), and the
 * comparison of its plan with the open report's review (core/features/compare.ts). A file named by
 * workreport.previousReport is read on each check and parsed again only when its text changed; the files beside
 * the report are listed on each check and parsed again only when their size or modification time changed.
 * Typing compares again only what changed: last year's tasks are read once per parse, this year's review
 * paragraphs once per text, and an edit outside the review reuses the last matching (core/features/compare.ts).
 */
export class PreviousReports {
  private readonly parsed = new Map<string, Parsed>();
  /** Dropped with the document's record when it closes. */
  private readonly comparers = new WeakMap<DocumentRecord, ReportComparer>();

  constructor(private readonly runtime: RuntimeEnvironment) {}

  /** The comparison for the open report's current version; undefined without last year's report. */
  async comparisonFor(report: OpenReport): Promise<Comparison | undefined> {
    const current = report.model;
    if (current.text.length > report.settings.config.maxDocumentSize) return undefined;
    const previous = await this.find(report);
    if (!previous) return undefined;
    // Kept on the current version's model with the previous report it was made from.
    const cached = current.memo.get(COMPARISON) as { previous: ReportDocument; comparison: Comparison } | undefined;
    if (cached?.previous === previous) return cached.comparison;
    // One comparer per open document and last year's parse: it keeps what the next version can reuse.
    let comparer = this.comparers.get(report.record);
    if (comparer?.last !== previous) this.comparers.set(report.record, (comparer = new ReportComparer(previous)));
    const comparison = comparer.compare(current);
    current.memo.set(COMPARISON, { previous, comparison });
    return comparison;
  }

  /** Information on the review part's heading for each task of last year's plan that the review does not answer. */
  async diagnostics(report: OpenReport): Promise<Diagnostic[]> {
    const comparison = await this.comparisonFor(report);
    const review = comparison?.review;
    if (!comparison || !review) return [];
    const range = toRange(report.document, { start: review.marker?.start ?? review.headingRange.start, end: review.headingRange.end });
    return unansweredTasks(comparison).map((task) => ({
      range,
      severity: lsp.DiagnosticSeverity.Information,
      source: 'workreport',
      code: UNANSWERED_TASK,
      message: report.settings.tr(msg('Last year’s task “{0}” has no counterpart in the review', task.name)),
    }));
  }

  /** The tasks of last year's plan that the review paragraph on this 0-based line reports on. */
  async tasksAnsweredAt(report: OpenReport, line: number): Promise<string[]> {
    const comparison = await this.comparisonFor(report);
    return comparison ? tasksByParagraph(comparison).get(line) ?? [] : [];
  }

  private async find(report: OpenReport): Promise<ReportDocument | undefined> {
    const setting = report.settings.previousReport ?? { kind: 'sibling' };
    if (setting.kind === 'off' || !this.runtime.readFile) return undefined;
    if (setting.kind === 'file') return setting.uri === report.document.uri ? undefined : (await this.readNamed(setting.uri))?.doc;
    const first = report.model.reports[0];
    const year = first && sessionYearOf(first, report.settings.config.sessionYear).year;
    if (year === undefined || !this.runtime.listFolder) return undefined;
    return this.sibling(report, year - 1);
  }

  /** The file the user named: read each time (it may have changed), parsed again only when its text did. */
  private async readNamed(uri: string): Promise<Parsed | undefined> {
    const text = await this.runtime.readFile!(uri, MAX_PREVIOUS_BYTES);
    if (typeof text !== 'string') return undefined;
    const known = this.parsed.get(uri);
    if (known?.text === text) return known;
    return this.remember(uri, parse(text, { text }));
  }

  /**
   * A report of the year before in the open report's folder: of the .md/.txt files there whose session year is
   * `year`, one of the same kind (政府 with 政府, not with 人大常委会) if any, else the first by name.
   */
  private async sibling(report: OpenReport, year: number): Promise<ReportDocument | undefined> {
    const uri = report.document.uri;
    const folder = uri.slice(0, uri.lastIndexOf('/'));
    const entries = await this.runtime.listFolder!(folder, { maxEntries: MAX_FOLDER_ENTRIES, extensions: REPORT_EXTENSIONS });
    if (!entries) return undefined;
    const candidates = entries.filter((e) => e.uri !== uri && e.size <= MAX_PREVIOUS_BYTES).slice(0, MAX_CANDIDATES);
    const ofYear: Parsed[] = [];
    for (const entry of candidates) {
      const parsed = await this.readEntry(entry);
      if (parsed?.year === year) ofYear.push(parsed);
    }
    const kind = report.model.reports[0]?.kind;
    return (ofYear.find((p) => p.kind === kind) ?? ofYear[0])?.doc;
  }

  private async readEntry(entry: FolderEntry): Promise<Parsed | undefined> {
    const known = this.parsed.get(entry.uri);
    if (known && known.size === entry.size && known.mtimeMs === entry.mtimeMs) return known;
    const text = await this.runtime.readFile!(entry.uri, MAX_PREVIOUS_BYTES);
    if (typeof text !== 'string') return undefined;
    // Keyed by size and time, not text: a folder of reports is not read whole on every keystroke.
    return this.remember(entry.uri, parse(text, { size: entry.size, mtimeMs: entry.mtimeMs }));
  }

  /** Keeps a parse, forgetting the oldest beyond a folder's worth (reports of other folders opened before). */
  private remember(uri: string, parsed: Parsed): Parsed {
    this.parsed.delete(uri);
    this.parsed.set(uri, parsed);
    for (const old of this.parsed.keys()) {
      if (this.parsed.size <= 4 * MAX_CANDIDATES) break;
      this.parsed.delete(old);
    }
    return parsed;
  }
}

function parse(text: string, key: { text?: string; size?: number; mtimeMs?: number }): Parsed {
  const doc = parseReport(text);
  const report = doc.reports[0];
  return { ...key, doc, year: report ? sessionYearOf(report).year : undefined, kind: report?.kind ?? 'generic' };
}
