import type { BundleLoader } from './l10n';

/** What the server needs from its host (Node or a browser worker), injected so server.ts stays portable. */
export interface RuntimeEnvironment {
  /** Reads a file by URI; undefined when it does not exist or cannot be read. Absent in a browser. */
  readonly readFile?: (uri: string) => Promise<string | undefined>;
  /** The translations of a locale (l10n/bundle.l10n.<locale>.json), read from the extension. */
  readonly loadBundle: BundleLoader;
  readonly setTimeout: (callback: () => void, ms: number) => { dispose(): void };
  /** A full garbage collection, where the host allows one (node --expose-gc); used when idle after large documents close. */
  readonly collectGarbage?: () => void;
}
