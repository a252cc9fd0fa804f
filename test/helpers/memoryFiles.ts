import { FILE_TYPE, type ClientFileSystem } from '../../client/src/fileGuard';

/** A file of the memory workspace: its text, or something that is there but is no regular file. */
export type MemoryEntry = string | { readonly fifo: true } | { readonly symlinkTo: string };

/**
 * A workspace in memory, answering as vscode.workspace.fs would: files by URI, folders implied by them (a file
 * at file:///w/a/b.md makes file:///w/a and file:///w folders), a FIFO of type Unknown, a symlink as
 * SymbolicLink with the type of what it points to. `reads` lists the files whose contents were read.
 */
export function memoryFiles(files: Record<string, MemoryEntry>): ClientFileSystem & { readonly reads: string[] } {
  const reads: string[] = [];
  const entry = (uri: string) => (Object.prototype.hasOwnProperty.call(files, uri) ? files[uri] : undefined);
  const isFolder = (uri: string) => Object.keys(files).some((f) => f.startsWith(`${uri}/`));
  const typeOf = (uri: string): number | undefined => {
    const e = entry(uri);
    if (typeof e === 'string') return FILE_TYPE.file;
    if (e && 'fifo' in e) return FILE_TYPE.unknown;
    if (e) return FILE_TYPE.symbolicLink | (typeOf(e.symlinkTo) ?? FILE_TYPE.unknown);
    return isFolder(uri) ? FILE_TYPE.directory : undefined;
  };
  const text = (uri: string): string | undefined => {
    const e = entry(uri);
    return typeof e === 'string' ? e : e && 'symlinkTo' in e ? text(e.symlinkTo) : undefined;
  };
  const missing = (uri: string) => new Error(`EntryNotFound (FileSystemError): ${uri}`);
  return {
    reads,
    stat: async (uri) => {
      const type = typeOf(uri);
      if (type === undefined) throw missing(uri);
      return { type, size: Buffer.byteLength(text(uri) ?? ''), mtime: 1_700_000_000_000 };
    },
    readFile: async (uri) => {
      const t = text(uri);
      if (t === undefined) throw missing(uri);
      reads.push(uri);
      return new TextEncoder().encode(t);
    },
    readDirectory: async (uri) => {
      if (!isFolder(uri)) throw missing(uri);
      const names = new Set(Object.keys(files).filter((f) => f.startsWith(`${uri}/`)).map((f) => decodeURIComponent(f.slice(uri.length + 1).split('/')[0])));
      return [...names].map((name) => [name, typeOf(`${uri}/${encodeURIComponent(name)}`)!] as const);
    },
    child: (folder, name) => `${folder}/${encodeURIComponent(name)}`,
  };
}
