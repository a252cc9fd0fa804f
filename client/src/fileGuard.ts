import { CLIENT_READ_LIMITS, REPORT_EXTENSIONS, type ListFolderParams, type ReadFileParams, type ReadFileResult } from '../../server/src/protocol';
import type { FolderEntry } from '../../server/src/runtime';
import { CONFIG_FILE_NAME } from '../../server/src/core/config/fileName';
import { folderHolding } from '../../server/src/previousReportSetting';

/**
 * What the client reads and lists for a server without a file system (the one in a browser worker), and nothing
 * more: the server runs the same code as on the desktop, but a worker holding the author's workspace through the
 * client must not become a way to read the rest of it. A pure module (no vscode) so the guard is tested alone;
 * fileRequests.ts gives it the editor's state and vscode.workspace.fs.
 */

/** A .workreportrc.json is a few hundred bytes; a bigger file is not one, and is not sent to the server whole. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** vscode.FileType's values (stable API): a symlink is SymbolicLink together with the type of what it points to. */
export const FILE_TYPE = { unknown: 0, file: 1, directory: 2, symbolicLink: 64 } as const;

/** The editor's state the guard decides by, every URI as the editor writes it (vscode.Uri.toString()). */
export interface ReadScope {
  readonly workspaceFolders: readonly string[];
  /** The documents the client serves: open, in a language of the server. */
  readonly documents: readonly string[];
  /** The files workreport.previousReport names for those documents, resolved as the server resolves it. */
  readonly namedReports: readonly string[];
}

/** vscode.workspace.fs, as much of it as the guard uses, by URI string. */
export interface ClientFileSystem {
  stat(uri: string): Promise<{ readonly type: number; readonly size: number; readonly mtime: number }>;
  readFile(uri: string): Promise<Uint8Array>;
  readDirectory(uri: string): Promise<readonly (readonly [string, number])[]>;
  /** The URI of an entry of a folder, as the editor writes it. */
  child(folder: string, name: string): string;
}

type Permission = { readonly maxBytes: number; readonly report: boolean } | { readonly refused: string };

/**
 * Whether the server may have this file, and at most how many bytes of it: a .workreportrc.json (the server looks
 * for it from a report's folder upward), or last year's report — a .md or .txt file inside a workspace folder
 * that lies beside a document the client serves or is the file workreport.previousReport names.
 */
export function readPermission(uri: string, scope: ReadScope, maxBytes?: unknown): Permission {
  const name = plainPath(uri)?.pop();
  if (name === undefined) return { refused: 'not a plain hierarchical URI (a query, a fragment, a . or .. segment)' };
  if (name === CONFIG_FILE_NAME) return { maxBytes: capped(maxBytes, MAX_CONFIG_BYTES), report: false };
  if (!isReportName(name)) return { refused: `only ${CONFIG_FILE_NAME} and ${REPORT_EXTENSIONS.join(' ')} files are read` };
  if (folderHolding(parentOf(uri), scope.workspaceFolders) === undefined) return { refused: 'not in a workspace folder' };
  const beside = scope.documents.some((doc) => parentOf(doc) === parentOf(uri));
  if (!beside && !scope.namedReports.includes(uri)) return { refused: 'neither beside a report open in the editor nor named by workreport.previousReport' };
  return { maxBytes: capped(maxBytes, CLIENT_READ_LIMITS.reportBytes), report: true };
}

/** Why the server may not have this folder listed: only the folder of a document the client serves, inside a workspace folder. */
export function listRefusal(uri: string, scope: ReadScope): string | undefined {
  if (!plainPath(uri)) return 'not a plain hierarchical URI (a query, a fragment, a . or .. segment)';
  if (folderHolding(uri, scope.workspaceFolders) === undefined) return 'not in a workspace folder';
  if (!scope.documents.some((doc) => parentOf(doc) === uri)) return 'not the folder of a report open in the editor';
  return undefined;
}

/**
 * Answers workreport/readFile: the text, a refusal the server reports as the Node server would (not a regular
 * file, too large), or null for a file it may not have, a missing one, or one that cannot be read.
 */
export async function readForServer(params: ReadFileParams, scope: ReadScope, fs: ClientFileSystem, log: (line: string) => void): Promise<ReadFileResult> {
  const permission = readPermission(params.uri, scope, params.maxBytes);
  if ('refused' in permission) {
    log(`refused to read ${params.uri} for the server: ${permission.refused}`);
    return null;
  }
  try {
    if (permission.report && await throughSymlink(parentOf(params.uri), scope, fs)) {
      log(`refused to read ${params.uri} for the server: a folder on its path is a symbolic link`);
      return null;
    }
    const stat = await fs.stat(params.uri);
    // A FIFO or a device is no file to read (reading one could wait forever); a report behind a symlink could be
    // anywhere, outside the workspace too, so only a regular file is read as one.
    const regular = permission.report ? stat.type === FILE_TYPE.file : (stat.type & FILE_TYPE.file) !== 0;
    if (!regular) return { refused: 'not-a-file' };
    if (stat.size > permission.maxBytes) {
      log(`${params.uri} is ${stat.size} bytes, over ${permission.maxBytes}: not read for the server`);
      return { refused: 'too-large' };
    }
    const bytes = await fs.readFile(params.uri);
    // It may have grown since the stat.
    return bytes.byteLength > permission.maxBytes ? { refused: 'too-large' } : new TextDecoder().decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Answers workreport/listFolder: the regular .md/.txt files among the first maxEntries entries of the folder (at
 * most CLIENT_READ_LIMITS.folderEntries), by name, with their sizes and modification times; null for a folder the
 * server may not have listed or one that cannot be read.
 */
export async function listForServer(params: ListFolderParams, scope: ReadScope, fs: ClientFileSystem, log: (line: string) => void): Promise<FolderEntry[] | null> {
  const refusal = listRefusal(params.uri, scope);
  if (refusal) {
    log(`refused to list ${params.uri} for the server: ${refusal}`);
    return null;
  }
  const maxEntries = capped(params.maxEntries, CLIENT_READ_LIMITS.folderEntries);
  const asked = Array.isArray(params.extensions) ? params.extensions : [];
  const extensions = REPORT_EXTENSIONS.filter((x) => asked.includes(x));
  let listing: readonly (readonly [string, number])[];
  try {
    if (await throughSymlink(params.uri, scope, fs)) {
      log(`refused to list ${params.uri} for the server: it is, or lies under, a symbolic link`);
      return null;
    }
    listing = await fs.readDirectory(params.uri);
  } catch {
    return null;
  }
  const names = listing.slice(0, maxEntries)
    .filter(([name, type]) => type === FILE_TYPE.file && extensions.some((x) => name.toLowerCase().endsWith(x)))
    .map(([name]) => name).sort();
  // Each stat is a round trip to the workspace's host (a remote server, GitHub): all at once, not one after another.
  const entries = await Promise.all(names.map(async (name): Promise<FolderEntry | undefined> => {
    const uri = fs.child(params.uri, name);
    const stat = await fs.stat(uri).catch(() => undefined);
    return stat?.type === FILE_TYPE.file ? { uri, name, size: stat.size, mtimeMs: stat.mtime } : undefined;
  }));
  return entries.filter((e): e is FolderEntry => e !== undefined);
}

/**
 * Listings answered again within a few seconds from memory. The server lists a report's folder on every check
 * (on the desktop a readdir); here each listing is a round trip and a stat per report file to the workspace's
 * host (GitHub, a remote server), and typing checks several times a second. A listing is at most LISTING_TTL_MS
 * old: a report saved beside this one is compared a few seconds later, not at once.
 */
export const LISTING_TTL_MS = 3000;

export class FolderListings {
  private readonly recent = new Map<string, { readonly at: number; readonly entries: Promise<FolderEntry[] | null> }>();

  constructor(private readonly now: () => number = Date.now) {}

  list(params: ListFolderParams, scope: ReadScope, fs: ClientFileSystem, log: (line: string) => void): Promise<FolderEntry[] | null> {
    // The guard is asked every time: a folder allowed a moment ago is not once its report is closed.
    const refusal = listRefusal(params.uri, scope);
    if (refusal) return listForServer(params, scope, fs, log);
    const key = JSON.stringify([params.uri, params.maxEntries, params.extensions]);
    const now = this.now();
    for (const [k, v] of this.recent) if (now - v.at >= LISTING_TTL_MS) this.recent.delete(k);
    const known = this.recent.get(key);
    if (known) return known.entries;
    const entries = listForServer(params, scope, fs, log);
    this.recent.set(key, { at: now, entries });
    return entries;
  }
}

/**
 * Whether a folder below the workspace folder holding `dir`, down to `dir` itself, is a symbolic link: a report
 * under one could be anywhere, outside the workspace too (a folder linked to the author's home), however plain
 * its path looks. The workspace folder itself is the author's choice. One stat per folder, from the top down.
 */
async function throughSymlink(dir: string, scope: ReadScope, fs: ClientFileSystem): Promise<boolean> {
  const root = folderHolding(dir, scope.workspaceFolders);
  if (root === undefined) return true;
  let folder = root;
  for (const segment of dir === root ? [] : dir.slice(root.length + 1).split('/')) {
    folder = `${folder}/${segment}`;
    if (((await fs.stat(folder)).type & FILE_TYPE.symbolicLink) !== 0) return true;
  }
  return false;
}

/**
 * The decoded path segments of a hierarchical URI with no query or fragment and no segment that is empty, . or ..
 * or hides a slash (%2F): what the guard compares is then the file the editor reads. Undefined for anything else.
 */
function plainPath(uri: unknown): string[] | undefined {
  const m = typeof uri === 'string' ? /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*\/([^?#]*)$/i.exec(uri) : null;
  if (!m) return undefined;
  try {
    const segments = m[1].split('/').map(decodeURIComponent);
    return segments.every((s) => s !== '' && s !== '.' && s !== '..' && !/[/\\]/.test(s)) ? segments : undefined;
  } catch {
    return undefined; // a malformed %-escape
  }
}

function isReportName(name: string): boolean {
  const lower = name.toLowerCase();
  return REPORT_EXTENSIONS.some((x) => lower.endsWith(x) && lower.length > x.length);
}

const parentOf = (uri: string) => uri.slice(0, uri.lastIndexOf('/'));
/** The server's cap when it names a sensible one, never more than the client's own. */
const capped = (asked: unknown, ceiling: number) => (typeof asked === 'number' && asked >= 0 ? Math.min(Math.floor(asked), ceiling) : ceiling);
