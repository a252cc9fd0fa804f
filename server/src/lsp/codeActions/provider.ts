import type { CodeAction, Range } from 'vscode-languageserver';
import type { Finding } from '../../core/lint/types';
import type { OpenReport } from '../documentStore';

/** One textDocument/codeAction request, as every provider reads it. */
export class CodeActionRequest {
  /** The requested range, in offsets of the version checked. */
  readonly start: number;
  readonly end: number;
  private overlapping?: Finding[];

  constructor(readonly report: OpenReport, range: Range) {
    this.start = report.document.offsetAt(range.start);
    this.end = report.document.offsetAt(range.end);
  }

  /** The findings that touch the requested range (checked on first use: fix-all on save needs none). */
  get findings(): readonly Finding[] {
    return (this.overlapping ??= this.report.findings.filter((finding) => finding.end >= this.start && finding.start <= this.end));
  }
}

/** A source of code actions of one kind; the code-action handler asks each provider in turn. */
export interface CodeActionProvider {
  /** The kind of every action it offers (filtered by the client's `only`). */
  readonly kind: string;
  /** Offered only when the client names the kind (source actions, such as fix-all on save), never unasked. */
  readonly onlyWhenAsked?: boolean;
  provide(request: CodeActionRequest): CodeAction[];
}
