import type { BundleLoader } from './l10n';

/** Why a file that is there was not read: not a regular file (a FIFO, a device, a folder), or too large. */
export interface FileRefusal {
  readonly refused: 'not-a-file' | 'too-large';
}

/** What the server needs from its host (Node or a browser worker), injected so server.ts stays portable. */
export interface RuntimeEnvironment {
  /**
   * Reads a regular file of at most maxBytes by URI, never waiting on a FIFO or a device; undefined when it does
   * not exist or cannot be read, a FileRefusal when it is there but not read. Absent in a browser.
   */
  readonly readFile?: (uri: string, maxBytes: number) => Promise<string | FileRefusal | undefined>;
  /** The translations of a locale (l10n/bundle.l10n.<locale>.json), read from the extension. */
  readonly loadBundle: BundleLoader;
  readonly setTimeout: (callback: () => void, ms: number) => { dispose(): void };
  /** A full garbage collection, where the host allows one (node --expose-gc); used when idle after large documents close. */
  readonly collectGarbage?: () => void;
}
