import type { Diagnostic } from 'vscode-languageserver';
import type { ParseOptions } from '../core/text/codeUnits';
// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver');
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseReport } from '../core/parse/parser';
import type { ReportDocument } from '../core/parse/model';
import { check } from '../core/features/check';
import { looksLikeReport } from '../core/features/detect';
import { WordCounter } from '../core/features/wordCount';
import type { Finding } from '../core/lint/types';
import { isServedLanguage } from '../protocol';
import type { EffectiveSettings } from './settings';

/**
 * What the server knows about one open document. Everything derived from the text (the parse, the word
 * counter, whether it looks like a report, the findings) belongs to one version and is remade on the first
 * request after an edit; settings stay until the configuration changes.
 */
export class DocumentRecord {
  private parsedVersion = -1;
  private parsed?: ReportDocument;
  private counter?: WordCounter;
  private detectedVersion = -1;
  private detected = false;
  private settingsRequest?: Promise<EffectiveSettings>;
  private checked?: { readonly version: number; readonly settings: EffectiveSettings; readonly findings: Finding[] };
  /** With workreport.run = onSave: the diagnostics of the version last saved (or opened). */
  savedDiagnostics?: Diagnostic[];
  /** A check waiting out the debounce (push mode). */
  pendingCheck?: { dispose(): void };

  constructor(readonly document: TextDocument, private readonly loadSettings: (uri: string) => Promise<EffectiveSettings>, private readonly parseOptions: ParseOptions = {}) {}

  get uri(): string {
    return this.document.uri;
  }

  get version(): number {
    return this.document.version;
  }

  /** The parsed model of the current version. */
  get model(): ReportDocument {
    if (!this.parsed || this.parsedVersion !== this.version) {
      this.parsed = parseReport(this.document.getText(), this.parseOptions);
      this.parsedVersion = this.version;
      this.counter = undefined;
    }
    return this.parsed;
  }

  /** 字数 of any range of the current version. */
  get wordCounter(): WordCounter {
    const model = this.model;
    return (this.counter ??= new WordCounter(model.text, model.lines));
  }

  /** Whether a Markdown or plain-text document reads as a work report (its first lines are read). */
  get looksLikeReport(): boolean {
    if (this.detectedVersion !== this.version) {
      this.detected = looksLikeReport(this.document.getText());
      this.detectedVersion = this.version;
    }
    return this.detected;
  }

  settings(): Promise<EffectiveSettings> {
    if (!this.settingsRequest) {
      const request = this.loadSettings(this.uri);
      this.settingsRequest = request;
      // A failed read is not kept: the next request asks again.
      request.catch(() => { if (this.settingsRequest === request) this.settingsRequest = undefined; });
    }
    return this.settingsRequest;
  }

  /** Every rule's findings on the current version under these settings. */
  findings(settings: EffectiveSettings): Finding[] {
    const cached = this.checked;
    if (cached && cached.version === this.version && cached.settings === settings) return cached.findings;
    const findings = check(this.model, settings.config);
    this.checked = { version: this.version, settings, findings };
    return findings;
  }

  /** The configuration changed: settings and the findings made under them are asked for again. */
  forgetSettings(): void {
    this.settingsRequest = undefined;
    this.checked = undefined;
  }

  dispose(): void {
    this.pendingCheck?.dispose();
    this.pendingCheck = undefined;
  }
}

/**
 * An open document the server serves as a report (a workreport document, or Markdown or plain text that
 * looks like one) with the settings that apply to it: what every handler reads.
 */
export class OpenReport {
  constructor(readonly record: DocumentRecord, readonly settings: EffectiveSettings) {}

  get document(): TextDocument {
    return this.record.document;
  }

  get model(): ReportDocument {
    return this.record.model;
  }

  get wordCounter(): WordCounter {
    return this.record.wordCounter;
  }

  get findings(): Finding[] {
    return this.record.findings(this.settings);
  }
}

/** One record per open document, made on first use and dropped in one place when the document closes. */
export class DocumentStore {
  /** The open documents' texts, kept in sync by the LSP library (incremental changes). */
  readonly documents = new lsp.TextDocuments(TextDocument);
  private readonly records = new Map<string, DocumentRecord>();

  constructor(private readonly loadSettings: (uri: string) => Promise<EffectiveSettings>, private readonly parseOptions: ParseOptions = {}) {}

  /** The record of an open document; undefined once it is closed. */
  get(uri: unknown): DocumentRecord | undefined {
    if (typeof uri !== 'string') return undefined;
    const document = this.documents.get(uri);
    if (!document) return undefined;
    let record = this.records.get(uri);
    if (record?.document !== document) {
      record?.dispose();
      record = new DocumentRecord(document, this.loadSettings, this.parseOptions);
      this.records.set(uri, record);
    }
    return record;
  }

  /** The open document at `uri` if this server serves it: a workreport document, or one that looks like a report. */
  async openReport(uri: unknown): Promise<OpenReport | undefined> {
    const record = this.get(uri);
    if (!record || !isServedLanguage(record.document.languageId)) return undefined;
    const settings = await record.settings();
    if (record.document.languageId === 'workreport') return new OpenReport(record, settings);
    return settings.detect && record.looksLikeReport ? new OpenReport(record, settings) : undefined;
  }

  uris(): string[] {
    return this.documents.keys();
  }

  /** The document closed: everything kept for it goes. */
  close(uri: string): void {
    this.records.get(uri)?.dispose();
    this.records.delete(uri);
  }

  /** The configuration changed: every document's settings and findings are made again when next asked for. */
  forgetSettings(): void {
    for (const record of this.records.values()) record.forgetSettings();
  }

  dispose(): void {
    for (const record of this.records.values()) record.dispose();
    this.records.clear();
  }
}
