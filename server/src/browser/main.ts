/**
 * The language server in a browser web worker (dist/web/server.js), for VS Code for the Web (vscode.dev,
 * github.dev) and any workbench that runs the extension in its web worker extension host. The same server as
 * the Node entry (../node/main.ts); only the host differs: messages come and go through the worker's
 * postMessage, the translations are built into the bundle, and the files the server reads (.workreportrc.json,
 * last year's report and the folder it is looked for in) are read by the client.
 */
// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver/browser');
import { startServer } from '../server';
import { builtInBundles } from './bundles';
import { clientFiles } from './clientFiles';

/** The worker's own scope: what the message reader and writer need of it (this project compiles without the DOM library). */
declare const self: ConstructorParameters<typeof lsp.BrowserMessageReader>[0];

const connection = lsp.createConnection(new lsp.BrowserMessageReader(self), new lsp.BrowserMessageWriter(self));

startServer(connection, {
  ...clientFiles(connection),
  loadBundle: builtInBundles,
  setTimeout: (callback, ms) => {
    const t = setTimeout(callback, ms);
    return { dispose: () => clearTimeout(t) };
  },
});
