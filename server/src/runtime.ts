import type { BundleLoader } from './l10n';
import type { CodeUnitWriter } from './core/text/codeUnits';

/** Why a file that is there was not read: not a regular file (a FIFO, a device, a folder), or too large. */
export interface FileRefusal {
  readonly refused: 'not-a-file' | 'too-large';
}

/** A regular file of a folder (a symlink to one counts), as listFolder gives it. */
export interface FolderEntry {
  readonly uri: string;
  readonly name: string;
  readonly size: number;
  /** Modification time: what changed since the file was last read. */
  readonly mtimeMs: number;
}

/** What the server needs from its host (Node or a browser worker), injected so server.ts stays portable. */
export interface RuntimeEnvironment {
  /** The host's fast copy of a text's code units (Node's Buffer), given to every parse; none in a browser. */
  readonly codeUnits?: CodeUnitWriter;
  /**
   * Reads a regular file of at most maxBytes by URI, never waiting on a FIFO or a device; undefined when it does
   * not exist or cannot be read, a FileRefusal when it is there but not read. In a browser the client reads it,
   * and only the files the server needs (server/src/browser/clientFiles.ts).
   */
  readonly readFile?: (uri: string, maxBytes: number) => Promise<string | FileRefusal | undefined>;
  /**
   * The regular files of a folder whose names end in one of `extensions` (lower case, with the dot), in name
   * order, from at most `maxEntries` entries of the folder; undefined when the folder cannot be read. On the
   * desktop only that many entries are read (a folder of a million files costs no more than one of maxEntries).
   * In a browser the client lists it, only the folder of a report it serves, whole (vscode.workspace.fs lists no
   * part of a folder), and answers again from memory for a few seconds (client/src/fileGuard.ts FolderListings).
   */
  readonly listFolder?: (uri: string, options: { readonly maxEntries: number; readonly extensions: readonly string[] }) => Promise<FolderEntry[] | undefined>;
  /** The translations of a locale (l10n/bundle.l10n.<locale>.json), read from the extension. */
  readonly loadBundle: BundleLoader;
  readonly setTimeout: (callback: () => void, ms: number) => { dispose(): void };
  /** A full garbage collection, where the host allows one (node --expose-gc); used when idle after large documents close. */
  readonly collectGarbage?: () => void;
}
