import type {
  CancellationToken, ClientCapabilities, Connection, Diagnostic, DiagnosticOptions, DocumentDiagnosticParams, DocumentDiagnosticReport,
} from 'vscode-languageserver';
// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver');
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Translator } from '../core/l10n/message';
import type { RuntimeEnvironment } from '../runtime';
import type { DocumentStore } from './documentStore';
import type { ConfigFileState } from './settings';
import { toDiagnostic, toRange } from './convert';
import { throwIfCancelled } from './context';
import type { PreviousReports } from './previousReport';

/** How long typing must pause before a document is checked again (push mode). */
export const DEBOUNCE_MS = 200;

/**
 * Diagnostics, pushed or pulled as the client prefers. Push (textDocument/publishDiagnostics): a check
 * DEBOUNCE_MS after the last edit, published only for the version still open. Pull (textDocument/diagnostic):
 * the client asks, and is told to ask again (refresh) when the configuration changes. With
 * workreport.run = onSave, a document is checked when opened and saved, and edits in between show the
 * diagnostics of the last check.
 */
export class DiagnosticsPublisher {
  private pull = false;
  private refreshSupported = false;
  /** Configuration files that currently show problems, so that a fixed one is cleared once. */
  private readonly configFilesWithProblems = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly store: DocumentStore,
    private readonly runtime: RuntimeEnvironment,
    private readonly configTranslator: () => Translator,
    private readonly previous?: PreviousReports,
  ) {}

  /** Chooses push or pull from the client's capabilities; the server capability to announce for it. */
  initialize(capabilities: ClientCapabilities): DiagnosticOptions | undefined {
    this.pull = !!capabilities.textDocument?.diagnostic;
    this.refreshSupported = !!capabilities.workspace?.diagnostics?.refreshSupport;
    return this.pull ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined;
  }

  opened(uri: string): void {
    if (!this.pull) this.schedule(uri);
  }

  async changed(uri: string): Promise<void> {
    if (this.pull) return;
    const report = await this.store.openReport(uri);
    if (report?.settings.run === 'onSave') return;
    this.schedule(uri);
  }

  async saved(uri: string): Promise<void> {
    if (!this.pull) return this.validate(uri, true);
    const report = await this.store.openReport(uri);
    if (report?.settings.run !== 'onSave') return;
    await this.diagnosticsFor(uri, true);
    this.refresh();
  }

  /** The document closed (the store drops its record and pending check): its diagnostics go too. */
  closed(uri: string): void {
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Settings or a configuration file changed: every open document is checked again. */
  configurationChanged(): void {
    this.store.forgetSettings();
    if (this.pull) return this.refresh();
    for (const uri of this.store.uris()) this.schedule(uri);
  }

  /** textDocument/diagnostic: the diagnostics a pulling client asked for. */
  async pulled(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument?.uri;
    if (typeof uri !== 'string' || !this.store.get(uri)) return { kind: lsp.DocumentDiagnosticReportKind.Full, items: [] };
    throwIfCancelled(token);
    return { kind: lsp.DocumentDiagnosticReportKind.Full, items: await this.diagnosticsFor(uri, false) };
  }

  /** Problems of a .workreportrc.json, shown on that file (and cleared once it is fixed). */
  publishConfigProblems(state: ConfigFileState): void {
    if (state.problems.length === 0 && !this.configFilesWithProblems.has(state.uri)) return;
    const file = TextDocument.create(state.uri, 'jsonc', 0, state.text);
    const translate = this.configTranslator();
    const diagnostics: Diagnostic[] = state.problems.map((problem) => ({
      range: toRange(file, problem), severity: lsp.DiagnosticSeverity.Error, source: 'workreport', message: translate(problem.message),
    }));
    if (diagnostics.length) this.configFilesWithProblems.add(state.uri);
    else this.configFilesWithProblems.delete(state.uri);
    void this.connection.sendDiagnostics({ uri: state.uri, diagnostics });
  }

  private refresh(): void {
    if (this.refreshSupported) void this.connection.languages.diagnostics.refresh();
  }

  private schedule(uri: string): void {
    const record = this.store.get(uri);
    if (!record) return;
    record.pendingCheck?.dispose();
    record.pendingCheck = this.runtime.setTimeout(() => {
      this.validate(uri, false).catch((error) => this.connection.console.error(`workreport: check failed: ${String(error)}`));
    }, DEBOUNCE_MS);
  }

  private async validate(uri: string, onSave: boolean): Promise<void> {
    const record = this.store.get(uri);
    if (!record) return;
    record.pendingCheck?.dispose();
    record.pendingCheck = undefined;
    const version = record.version;
    const diagnostics = await this.diagnosticsFor(uri, onSave);
    // Publish only for the version still open: a newer edit has its own check coming.
    if (this.store.get(uri)?.version !== version) return;
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  private async diagnosticsFor(uri: string, onSave: boolean): Promise<Diagnostic[]> {
    const report = await this.store.openReport(uri);
    // Checks off (workreport.enable): the document is not checked at all.
    if (!report || !report.settings.enable) return [];
    const { record, settings } = report;
    // Opening a file checks it, as a save would; edits wait for the next save.
    if (settings.run === 'onSave' && !onSave && record.savedDiagnostics) return record.savedDiagnostics;
    const diagnostics = report.findings.map((finding) => toDiagnostic(report.document, finding, settings.tr));
    // Last year's tasks the review does not answer (docs/rules.md#unanswered-task): they need a second file.
    if (this.previous) diagnostics.push(...(await this.previous.diagnostics(report)));
    if (settings.run === 'onSave') record.savedDiagnostics = diagnostics;
    return diagnostics;
  }
}
