import { VERSION } from '../version';
import type { Connection, DiagnosticOptions, InitializeParams, InitializeResult, ServerCapabilities } from 'vscode-languageserver';
// A CommonJS import, not `import { … } from`: for an ES import of a CommonJS module the bundler copies all of the
// library's ~300 exports into a namespace object at every start (~3 ms of the server's cold start for four files).
import lsp = require('vscode-languageserver');
import type { RuntimeEnvironment } from '../runtime';
import { SettingsStore } from './settings';
import { DocumentStore } from './documentStore';
import { DiagnosticsPublisher } from './diagnostics';
import { IdleCollector } from './memory';
import { PreviousReports } from './previousReport';
import { requestContext, runSafe } from './context';
import { ROUTES } from './routes';
import { CODE_ACTION_PROVIDERS } from './codeActions/index';
import { COMMAND_NAMES } from './handlers/executeCommand';

/**
 * LSP wiring only: a store of open documents, the diagnostics, and every request routed to its handler
 * (routes.ts). Each feature is a core function of the document's cached model.
 */
export function startServer(connection: Connection, runtime: RuntimeEnvironment): void {
  // Each of the three calls the next one's methods only once requests arrive, after all three exist.
  const store = new DocumentStore((uri) => settings.forDocument(uri), { codeUnits: runtime.codeUnits });
  const previous = runtime.readFile ? new PreviousReports(runtime) : undefined;
  const diagnostics = new DiagnosticsPublisher(connection, store, runtime, () => settings.translations.for(settings.clientLocale), previous);
  const settings = new SettingsStore(connection, runtime, (state) => diagnostics.publishConfigProblems(state));
  const memory = new IdleCollector(runtime);

  let registerFormatting = false;
  let hearsFolderChanges = false;
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    settings.clientLocale = params.locale?.toLowerCase() || 'en';
    settings.canAskClient = !!params.capabilities.workspace?.configuration;
    registerFormatting = !!params.capabilities.textDocument?.formatting?.dynamicRegistration;
    hearsFolderChanges = !!params.capabilities.workspace?.workspaceFolders;
    const diagnosticProvider = diagnostics.initialize(params.capabilities);
    return { capabilities: serverCapabilities(diagnosticProvider, !registerFormatting), serverInfo: { name: 'workreport', version: VERSION } };
  });
  connection.onInitialized(() => {
    if (registerFormatting) void connection.client.register(lsp.DocumentFormattingRequest.type, { documentSelector: FORMATTED_LANGUAGES.map((language) => ({ language })) });
    // A folder added or removed moves where .workreportrc.json is looked for (up to the workspace folder) and
    // what a relative workreport.previousReport names: every open report is checked again.
    if (hearsFolderChanges) {
      connection.workspace.onDidChangeWorkspaceFolders(() => {
        settings.clearFiles();
        diagnostics.configurationChanged();
      });
    }
  });
  connection.onDidChangeConfiguration(() => {
    settings.clear();
    diagnostics.configurationChanged();
  });
  connection.onDidChangeWatchedFiles(() => {
    settings.clearFiles();
    diagnostics.configurationChanged();
  });

  const { documents } = store;
  documents.onDidOpen((event) => diagnostics.opened(event.document.uri));
  documents.onDidChangeContent(runSafe(connection, 'change', undefined, (event) => diagnostics.changed(event.document.uri)));
  documents.onDidSave(runSafe(connection, 'save', undefined, (event) => diagnostics.saved(event.document.uri)));
  documents.onDidClose((event) => {
    memory.closed(event.document.getText().length);
    store.close(event.document.uri);
    diagnostics.closed(event.document.uri);
  });

  const context = requestContext(store, diagnostics, connection, previous);
  for (const route of ROUTES) route.register(connection, context);

  connection.onShutdown(() => {
    memory.dispose();
    store.dispose();
  });
  documents.listen(connection);
  connection.listen();
}

/**
 * The languages Format Document is offered for: not Markdown, whose files mostly are no report and whose
 * authors often have a formatter already (two formatters make VS Code ask which one, for every Markdown
 * file). A client that cannot register it for these alone gets it for every served language.
 */
const FORMATTED_LANGUAGES = ['workreport', 'plaintext'];

/** What the server announces; diagnostics are pulled (diagnosticProvider) only from a client that pulls. */
function serverCapabilities(diagnosticProvider: DiagnosticOptions | undefined, formatting: boolean): ServerCapabilities {
  const codeActionKinds = [...new Set(CODE_ACTION_PROVIDERS.map((provider) => provider.kind)), lsp.CodeActionKind.SourceFixAll];
  return {
    textDocumentSync: { openClose: true, change: lsp.TextDocumentSyncKind.Incremental, save: { includeText: false } },
    documentSymbolProvider: { label: '工作报告' },
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    workspaceSymbolProvider: true,
    hoverProvider: true,
    codeLensProvider: { resolveProvider: false },
    completionProvider: { triggerCharacters: ['（', '(', '#', ' ', '1', '2', '3', '4', '5', '6', '7', '8', '9'], resolveProvider: false },
    codeActionProvider: { codeActionKinds },
    executeCommandProvider: { commands: [...COMMAND_NAMES] },
    documentFormattingProvider: formatting,
    diagnosticProvider,
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
