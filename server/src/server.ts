import type {
  Connection, InitializeParams, InitializeResult, Diagnostic, CodeAction, CompletionItem, CancellationToken, SelectionRange,
  WorkspaceSymbol,
} from 'vscode-languageserver';
// A CommonJS import, not `import { … } from`: for an ES import of a CommonJS module the bundler copies all of the
// library's ~300 exports into a namespace object at every start (~3 ms of the server's cold start for four files).
import lsp = require('vscode-languageserver');
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseReport } from './core/parse/parser';
import type { ReportDocument } from './core/parse/model';
import { check, fixText } from './core/features/check';
import type { Finding } from './core/lint/types';
import { msg } from './core/l10n/message';
import { documentSymbols } from './core/features/outline';
import { foldingRegions } from './core/features/folding';
import { selectionSpans } from './core/features/selection';
import { completeAt } from './core/features/completion';
import { hoverAt } from './core/features/hover';
import { WordCounter } from './core/features/wordCount';
import { looksLikeReport } from './core/features/detect';
import { renumberDocument, renumberFollowing } from './core/parse/renumber';
import { walk } from './core/parse/tree';
import { fixAll } from './core/lint/applyFixes';
import { draftNextYear } from './core/features/draftNextYear';
import { toDiagnostic, toDocumentSymbol, toRange, toTextEdit, symbolKind } from './lsp/convert';
import { SettingsStore, type EffectiveSettings, type ConfigFileState } from './lsp/settings';
import { StatsRequest, DraftNextYearRequest, RENUMBER_COMMAND, SHOW_STATS_COMMAND } from './protocol';
import type { RuntimeEnvironment } from './runtime';

export const FIX_ALL_KIND = `${lsp.CodeActionKind.SourceFixAll}.workreport`;
const DEBOUNCE_MS = 200;
const SERVED_LANGUAGES = new Set(['workreport', 'markdown', 'plaintext']);

interface Model {
  readonly version: number;
  readonly doc: ReportDocument;
  counter?: WordCounter;
}

/** LSP wiring only: every feature is a core function of the cached model of the document's version. */
export function startServer(connection: Connection, runtime: RuntimeEnvironment): void {
  const documents = new lsp.TextDocuments(TextDocument);
  const models = new Map<string, Model>();
  const findings = new Map<string, { version: number; settings: EffectiveSettings; findings: Finding[] }>();
  const timers = new Map<string, { dispose(): void }>();
  const configProblemsShown = new Set<string>();
  let pullMode = false;
  let refreshSupported = false;

  const settings = new SettingsStore(connection, runtime, (state: ConfigFileState) => publishConfigProblems(state));

  /** One bad request must never take the server down (vscode-eslint's runSafe). */
  function runSafe<A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await fn(...args);
      } catch (e) {
        if (e instanceof lsp.ResponseError) throw e;
        connection.console.error(`workreport: ${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        return fallback;
      }
    };
  }

  function cancelled(token: CancellationToken | undefined): void {
    if (token?.isCancellationRequested) throw new lsp.ResponseError(lsp.LSPErrorCodes.RequestCancelled, 'cancelled');
  }

  function model(document: TextDocument): Model {
    const cached = models.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const m: Model = { version: document.version, doc: parseReport(document.getText()) };
    models.set(document.uri, m);
    return m;
  }

  function counter(m: Model): WordCounter {
    return (m.counter ??= new WordCounter(m.doc.text, m.doc.lines));
  }

  async function served(document: TextDocument): Promise<EffectiveSettings | undefined> {
    if (!SERVED_LANGUAGES.has(document.languageId)) return undefined;
    const s = await settings.forDocument(document.uri);
    if (document.languageId === 'workreport') return s;
    return s.detect && looksLikeReport(document.getText()) ? s : undefined;
  }

  async function findingsFor(document: TextDocument, s: EffectiveSettings): Promise<Finding[]> {
    const cached = findings.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === s) return cached.findings;
    const result = check(model(document).doc, s.config);
    findings.set(document.uri, { version: document.version, settings: s, findings: result });
    return result;
  }

  /** With workreport.run = onSave, the diagnostics of the version last saved (or opened). */
  const saved = new Map<string, Diagnostic[]>();

  async function diagnosticsFor(document: TextDocument, onSave = false): Promise<Diagnostic[]> {
    const s = await served(document);
    if (!s) return [];
    // Opening a file checks it, as a save would; edits wait for the next save.
    const last = saved.get(document.uri);
    if (s.run === 'onSave' && !onSave && last) return last;
    const diagnostics = (await findingsFor(document, s)).map((f) => toDiagnostic(document, f, s.tr));
    if (s.run === 'onSave') saved.set(document.uri, diagnostics);
    return diagnostics;
  }

  function publishConfigProblems(state: ConfigFileState): void {
    if (state.problems.length === 0 && !configProblemsShown.has(state.uri)) return;
    const doc = TextDocument.create(state.uri, 'jsonc', 0, state.text);
    const diagnostics: Diagnostic[] = state.problems.map((p) => ({
      range: toRange(doc, p), severity: 1, source: 'workreport', message: settings.translations.for(settings.clientLocale)(p.message),
    }));
    if (diagnostics.length) configProblemsShown.add(state.uri);
    else configProblemsShown.delete(state.uri);
    void connection.sendDiagnostics({ uri: state.uri, diagnostics });
  }

  async function validate(uri: string, onSave = false): Promise<void> {
    timers.get(uri)?.dispose();
    timers.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const diagnostics = await diagnosticsFor(document, onSave);
    // Publish only for the version still open: a newer edit has its own run coming.
    if (documents.get(uri)?.version !== version) return;
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function schedule(uri: string): void {
    timers.get(uri)?.dispose();
    timers.set(uri, runtime.setTimeout(() => void validate(uri).catch(() => undefined), DEBOUNCE_MS));
  }

  function revalidateAll(): void {
    findings.clear();
    if (pullMode) {
      if (refreshSupported) void connection.languages.diagnostics.refresh();
      return;
    }
    for (const d of documents.all()) schedule(d.uri);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    settings.clientLocale = params.locale?.toLowerCase() || 'en';
    const caps = params.capabilities;
    settings.canAskClient = !!caps.workspace?.configuration;
    pullMode = !!caps.textDocument?.diagnostic;
    refreshSupported = !!caps.workspace?.diagnostics?.refreshSupport;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: lsp.TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentSymbolProvider: { label: '工作报告' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        workspaceSymbolProvider: true,
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: ['（', '(', '#', ' ', '1', '2', '3', '4', '5', '6', '7', '8', '9'], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [lsp.CodeActionKind.QuickFix, FIX_ALL_KIND, lsp.CodeActionKind.SourceFixAll] },
        executeCommandProvider: { commands: [RENUMBER_COMMAND] },
        diagnosticProvider: pullMode ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
      },
      serverInfo: { name: 'workreport', version: '0.1.0' },
    };
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    revalidateAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    settings.clearFiles();
    revalidateAll();
  });

  documents.onDidOpen((e) => { if (!pullMode) schedule(e.document.uri); });
  documents.onDidChangeContent(runSafe('change', undefined, async (e) => {
    if (pullMode) return;
    const s = await served(e.document);
    if (s?.run === 'onSave') return;
    schedule(e.document.uri);
  }));
  documents.onDidSave(runSafe('save', undefined, async (e) => {
    if (!pullMode) return validate(e.document.uri, true);
    const s = await served(e.document);
    if (s?.run !== 'onSave') return;
    await diagnosticsFor(e.document, true);
    if (refreshSupported) void connection.languages.diagnostics.refresh();
  }));
  // Closing large reports frees tens of megabytes that V8 keeps mapped until a full collection: once the
  // author has stopped closing documents for a while, ask for one, so memory returns to where it started.
  let closedChars = 0;
  let gcTimer: { dispose(): void } | undefined;
  const collectSoon = (chars: number) => {
    if (!runtime.collectGarbage) return;
    closedChars += chars;
    if (closedChars < 1_000_000) return;
    gcTimer?.dispose();
    gcTimer = runtime.setTimeout(() => {
      closedChars = 0;
      runtime.collectGarbage!();
    }, 1000);
  };

  documents.onDidClose((e) => {
    collectSoon(e.document.getText().length);
    timers.get(e.document.uri)?.dispose();
    timers.delete(e.document.uri);
    models.delete(e.document.uri);
    findings.delete(e.document.uri);
    saved.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(runSafe('diagnostic', { kind: lsp.DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] }, async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: lsp.DocumentDiagnosticReportKind.Full, items: [] };
    cancelled(token);
    return { kind: lsp.DocumentDiagnosticReportKind.Full, items: await diagnosticsFor(document) };
  }));

  /** The served document for a request, or undefined (unknown, closed, or not a report). */
  async function servedDocument(uri: string): Promise<{ document: TextDocument; s: EffectiveSettings; m: Model } | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const s = await served(document);
    if (!s) return undefined;
    return { document, s, m: model(document) };
  }

  connection.onDocumentSymbol(runSafe('documentSymbol', null, async (params, token) => {
    const x = await servedDocument(params.textDocument.uri);
    if (!x) return null;
    cancelled(token);
    return documentSymbols(x.m.doc, counter(x.m), x.s.tr).map((s) => toDocumentSymbol(x.document, s));
  }));

  connection.onFoldingRanges(runSafe('foldingRange', null, async (params) => {
    const x = await servedDocument(params.textDocument.uri);
    if (!x) return null;
    return foldingRegions(x.m.doc).map((r) => ({ startLine: r.startLine, endLine: r.endLine }));
  }));

  connection.onSelectionRanges(runSafe('selectionRange', null, async (params) => {
    const x = await servedDocument(params.textDocument.uri);
    if (!x || !Array.isArray(params.positions)) return null;
    return params.positions.map((pos) => {
      const spans = selectionSpans(x.m.doc, x.document.offsetAt(pos));
      let parent: SelectionRange | undefined;
      for (let i = spans.length - 1; i >= 0; i--) parent = { range: toRange(x.document, spans[i]), parent };
      return parent ?? { range: { start: pos, end: pos } };
    });
  }));

  connection.onWorkspaceSymbol(runSafe('workspaceSymbol', [] as WorkspaceSymbol[], async (params) => {
    const query = (params.query ?? '').trim();
    const out: WorkspaceSymbol[] = [];
    for (const document of documents.all()) {
      const x = await servedDocument(document.uri);
      if (!x) continue;
      const visit = (list: ReturnType<typeof documentSymbols>, container?: string) => {
        for (const s of list) {
          if (!query || s.name.includes(query)) out.push({ name: s.name, kind: symbolKind(s), containerName: container, location: { uri: document.uri, range: toRange(document, s.selectionRange) } });
          visit(s.children, s.name);
        }
      };
      visit(documentSymbols(x.m.doc, counter(x.m)));
    }
    return out;
  }));

  connection.onHover(runSafe('hover', null, async (params) => {
    const x = await servedDocument(params.textDocument.uri);
    if (!x) return null;
    const h = hoverAt(x.m.doc, x.document.offsetAt(params.position), counter(x.m));
    if (!h) return null;
    const words = x.s.tr(msg('Characters: {0}', h.words));
    return { contents: { kind: 'markdown', value: `${h.path.join(' › ')}\n\n${words}` }, range: toRange(x.document, h) };
  }));

  connection.onCodeLens(runSafe('codeLens', null, async (params) => {
    const x = await servedDocument(params.textDocument.uri);
    if (!x) return null;
    const c = counter(x.m);
    const lenses = [];
    for (const n of walk(x.m.doc.reports)) {
      if (!(n.type === 'part' || (n.type === 'section' && n.level === 1))) continue;
      const words = c.count(n.range.start, n.range.end);
      const title = x.s.tr(msg('{0} chars', words));
      const at = x.document.positionAt(n.range.start);
      lenses.push({ range: { start: at, end: at }, command: { title, command: SHOW_STATS_COMMAND, arguments: [params.textDocument.uri] } });
    }
    return lenses;
  }));

  connection.onCompletion(runSafe('completion', null, async (params) => {
    const x = await servedDocument(params.textDocument.uri);
    if (!x) return null;
    const offset = x.document.offsetAt(params.position);
    return completeAt(x.m.doc, offset, x.s.config.sessionYear).map((c): CompletionItem => ({
      label: c.label,
      kind: c.kind === 'part' ? lsp.CompletionItemKind.Module : lsp.CompletionItemKind.EnumMember,
      detail: x.s.tr(c.detail),
      sortText: c.sortText,
      filterText: c.label,
      textEdit: { range: { start: x.document.positionAt(c.replaceStart), end: params.position }, newText: c.insertText },
    }));
  }));

  connection.onCodeAction(runSafe('codeAction', null, async (params) => {
    const x = await servedDocument(params.textDocument.uri);
    if (!x) return null;
    const { document, s } = x;
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const all = await findingsFor(document, s);
    const actions: CodeAction[] = [];
    if (wants(lsp.CodeActionKind.QuickFix)) {
      const start = document.offsetAt(params.range.start);
      const end = document.offsetAt(params.range.end);
      for (const f of all) {
        if (f.end < start || f.start > end || f.fixes.length === 0) continue;
        const diagnostic = toDiagnostic(document, f, s.tr);
        f.fixes.forEach((fix, i) => actions.push({
          title: s.tr(fix.title),
          kind: lsp.CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: i === 0,
          edit: { changes: { [document.uri]: fix.edits.map((e) => toTextEdit(document, e)) } },
        }));
      }
      // In Markdown an HTML comment is invisible in preview and print, so a rule can be silenced for one line
      // there; in a plain-text report the comment would be read as text, so it is not offered.
      if (isMarkdown(document)) {
        const seen = new Set<string>();
        for (const f of all) {
          if (f.end < start || f.start > end || seen.has(f.ruleId)) continue;
          seen.add(f.ruleId);
          const line = document.positionAt(f.start).line;
          const lineText = document.getText({ start: { line, character: 0 }, end: { line, character: 1000 } });
          const indent = /^[\s\u3000]*/.exec(lineText)![0];
          actions.push({
            title: s.tr(msg('Disable {0} for the next line', f.ruleId)),
            kind: lsp.CodeActionKind.QuickFix,
            diagnostics: [toDiagnostic(document, f, s.tr)],
            edit: { changes: { [document.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- workreport-disable-next-line ${f.ruleId} -->\n` }] } },
          });
        }
      }
      const line = document.positionAt(start).line;
      const node = walk(x.m.doc.reports).find((n) => n.marker && document.positionAt(n.marker.start).line === line);
      const following = node ? renumberFollowing(node) : [];
      if (following.length) {
        actions.push({
          title: s.tr(msg('Renumber the following siblings')),
          kind: lsp.CodeActionKind.QuickFix,
          edit: { changes: { [document.uri]: following.map((e) => toTextEdit(document, e)) } },
        });
      }
    }
    if (wants(FIX_ALL_KIND) && only) {
      const text = document.getText();
      const fixed = fixText(text, s.config);
      if (fixed.text !== text) {
        actions.push({
          title: s.tr(msg('Fix all auto-fixable problems')),
          kind: FIX_ALL_KIND,
          edit: { changes: { [document.uri]: [minimalEdit(document, text, fixed.text)] } },
        });
      }
    }
    return actions;
  }));

  connection.onExecuteCommand(runSafe('executeCommand', null, async (params) => {
    if (params.command !== RENUMBER_COMMAND) return null;
    const [uri, range] = (params.arguments ?? []) as [string, { start: { line: number; character: number }; end: { line: number; character: number } } | undefined];
    const x = typeof uri === 'string' ? await servedDocument(uri) : undefined;
    if (!x) return { applied: false, count: 0 };
    const start = range ? x.document.offsetAt(range.start) : 0;
    const end = range && (range.start.line !== range.end.line || range.start.character !== range.end.character) ? x.document.offsetAt(range.end) : Number.MAX_SAFE_INTEGER;
    const edits = renumberDocument(x.m.doc.reports, range && end !== Number.MAX_SAFE_INTEGER ? start : 0, end);
    if (edits.length === 0) return { applied: true, count: 0 };
    const result = await connection.workspace.applyEdit({
      label: x.s.tr(msg('Renumber')),
      edit: { changes: { [uri]: edits.map((e) => toTextEdit(x.document, e)) } },
    });
    return { applied: result.applied, count: edits.length };
  }));

  connection.onRequest(StatsRequest, runSafe('stats', null, async (params) => {
    const x = params && typeof params.uri === 'string' ? await servedDocument(params.uri) : undefined;
    if (!x) return null;
    const c = counter(x.m);
    return {
      words: c.count(0, x.m.doc.text.length),
      reports: x.m.doc.reports.map((r) => ({
        title: r.title,
        words: c.count(r.range.start, r.range.end),
        parts: r.children.filter((n) => n.type === 'part').length,
        sections: walk(r.children).filter((n) => n.marker).length,
      })),
    };
  }));

  connection.onRequest(DraftNextYearRequest, runSafe('draftNextYear', null, async (params) => {
    const x = params && typeof params.uri === 'string' ? await servedDocument(params.uri) : undefined;
    if (!x) return null;
    return draftNextYear(x.m.doc, x.s.config.sessionYear);
  }));

  connection.onShutdown(() => {
    gcTimer?.dispose();
    for (const t of timers.values()) t.dispose();
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}

function isMarkdown(document: TextDocument): boolean {
  return document.languageId === 'markdown' || /\.(md|markdown)$/i.test(document.uri);
}

/** One edit covering only what changed between two texts (common prefix and suffix kept), for fix-all. */
function minimalEdit(document: TextDocument, before: string, after: string) {
  let s = 0;
  while (s < before.length && s < after.length && before.charCodeAt(s) === after.charCodeAt(s)) s++;
  // Never split a surrogate pair: back off to its start.
  if (s > 0 && before.charCodeAt(s - 1) >= 0xd800 && before.charCodeAt(s - 1) <= 0xdbff) s--;
  let e = 0;
  while (e < before.length - s && e < after.length - s && before.charCodeAt(before.length - 1 - e) === after.charCodeAt(after.length - 1 - e)) e++;
  if (e > 0 && before.charCodeAt(before.length - e) >= 0xdc00 && before.charCodeAt(before.length - e) <= 0xdfff) e--;
  return { range: { start: document.positionAt(s), end: document.positionAt(before.length - e) }, newText: after.slice(s, after.length - e) };
}
