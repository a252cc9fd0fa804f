// A CommonJS import: see server.ts.
import lsp = require('vscode-languageserver/node');
import { promises as fs, constants } from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { startServer } from '../server';
import type { FileRefusal, FolderEntry } from '../runtime';
import { diskBundles } from './bundles';
import { nodeCodeUnits } from './codeUnits';

// stdout is the LSP transport: anything else written there corrupts it, so console output goes to stderr.
console.log = console.error;
console.info = console.error;
console.warn = console.error;
process.on('uncaughtException', (e) => console.error('workreport server: uncaught', e));
process.on('unhandledRejection', (e) => console.error('workreport server: unhandled rejection', e));

/** Stdin as LSP messages, remembering whether the client asked for a shutdown (the exit code says so). */
class StdinReader extends lsp.StreamMessageReader {
  shutdownReceived = false;

  override listen(callback: lsp.DataCallback): lsp.Disposable {
    return super.listen((message) => {
      if ((message as { method?: unknown }).method === 'shutdown') this.shutdownReceived = true;
      callback(message);
    });
  }
}

/**
 * Over stdio the server makes its own reader, to hear when the framing breaks. vscode-jsonrpc's reader reports
 * a missing or non-numeric Content-Length, and the undecodable body that a negative or too-short one leaves, as
 * errors that nothing listened to: the server stayed up, silent, forever. After such an error the stream cannot
 * be split where the client split it, so the server says why on stderr and exits (the client restarts it).
 */
function stdioConnection(): lsp.Connection {
  const reader = new StdinReader(process.stdin);
  const exit = () => process.exit(reader.shutdownReceived ? 0 : 1);
  reader.onError((error) => {
    process.stderr.write(`workreport server: the LSP input is broken (${String(error?.message ?? error).split('\n')[0]}); exiting\n`);
    process.exit(1);
  });
  reader.onPartialMessage((info) => {
    process.stderr.write(`workreport server: waited ${info.waitingTime} ms for the rest of a message (is its Content-Length larger than its body?)\n`);
  });
  reader.onClose(exit);
  process.stdin.on('end', exit);
  return lsp.createConnection(lsp.ProposedFeatures.all, reader, new lsp.StreamMessageWriter(process.stdout));
}

/** Absent on Windows, where opening a named pipe does not wait for a writer. */
const NONBLOCK = constants.O_NONBLOCK ?? 0;
const CHUNK = 64 * 1024;

/**
 * A regular file of at most maxBytes. Opened with O_NONBLOCK, a FIFO (or a symlink to one) opens at once
 * instead of waiting for a writer, which held one of libuv's four threads — and with enough of them every file
 * request of the server; fstat on the open file then refuses FIFOs, devices (/dev/zero) and folders. The read
 * stops one byte past the cap, so a file that grows meanwhile cannot fill the memory either.
 */
async function readRegularFile(uri: string, maxBytes: number): Promise<string | FileRefusal | undefined> {
  if (!uri.startsWith('file:')) return undefined;
  let file: fs.FileHandle;
  try {
    file = await fs.open(fileURLToPath(uri), constants.O_RDONLY | NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const stat = await file.stat();
    if (!stat.isFile()) return { refused: 'not-a-file' };
    if (stat.size > maxBytes) return { refused: 'too-large' };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await file.read(Buffer.alloc(Math.min(CHUNK, maxBytes + 1 - total)), 0, undefined, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { refused: 'too-large' };
    }
    return Buffer.concat(chunks).toString('utf8');
  } catch {
    return undefined;
  } finally {
    await file.close().catch(() => undefined);
  }
}

/**
 * The regular files of a folder with the given extensions, by name. At most maxEntries entries are read from
 * the folder (opendir reads them in batches: a huge folder is not read whole), and only the files kept are
 * stat'ed; a symlink counts as the file it points to, a dangling one or one to a folder or FIFO is left out.
 */
async function listFolder(uri: string, options: { maxEntries: number; extensions: readonly string[] }): Promise<FolderEntry[] | undefined> {
  if (!uri.startsWith('file:')) return undefined;
  let folder: string;
  const names: string[] = [];
  try {
    folder = fileURLToPath(uri);
    const dir = await fs.opendir(folder);
    let seen = 0;
    for await (const entry of dir) {
      if (++seen > options.maxEntries) break; // for await closes the folder on break
      if ((entry.isFile() || entry.isSymbolicLink()) && options.extensions.includes(path.extname(entry.name).toLowerCase())) names.push(entry.name);
    }
  } catch {
    return undefined;
  }
  const out: FolderEntry[] = [];
  for (const name of names.sort()) {
    const file = path.join(folder, name);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat?.isFile()) out.push({ uri: pathToFileURL(file).href, name, size: stat.size, mtimeMs: stat.mtimeMs });
  }
  return out;
}

const connection = process.argv.includes('--stdio') ? stdioConnection() : lsp.createConnection(lsp.ProposedFeatures.all);

startServer(connection, {
  codeUnits: nodeCodeUnits,
  readFile: readRegularFile,
  listFolder,
  loadBundle: diskBundles(),
  collectGarbage: typeof (globalThis as { gc?: () => void }).gc === 'function' ? () => (globalThis as unknown as { gc: () => void }).gc() : undefined,
  setTimeout: (callback, ms) => {
    const t = setTimeout(callback, ms);
    return { dispose: () => clearTimeout(t) };
  },
});
