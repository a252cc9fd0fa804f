// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver/node');
import { promises as fs } from 'fs';
import { fileURLToPath } from 'url';
import { startServer } from '../server';
import { diskBundles } from './bundles';

// stdout is the LSP transport: anything else written there corrupts it, so console output goes to stderr.
console.log = console.error;
console.info = console.error;
console.warn = console.error;
process.on('uncaughtException', (e) => console.error('workreport server: uncaught', e));
process.on('unhandledRejection', (e) => console.error('workreport server: unhandled rejection', e));

const connection = lsp.createConnection(lsp.ProposedFeatures.all);

startServer(connection, {
  readFile: async (uri: string) => {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return await fs.readFile(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  },
  loadBundle: diskBundles(),
  collectGarbage: typeof (globalThis as { gc?: () => void }).gc === 'function' ? () => (globalThis as unknown as { gc: () => void }).gc() : undefined,
  setTimeout: (callback, ms) => {
    const t = setTimeout(callback, ms);
    return { dispose: () => clearTimeout(t) };
  },
});
