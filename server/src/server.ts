/** The language server, for any host (Node: node/main.ts; a browser worker alike): see lsp/server.ts. */
export { startServer } from './lsp/server';
