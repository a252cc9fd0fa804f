import * as fs from 'fs';
import * as path from 'path';

import { BUNDLED_VERSION } from '../version';

/** Unbundled (the compiled tests run from out/): the checkout's package.json, found upward. */
function checkoutVersion(): string {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    try {
      const pkg: unknown = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
      const p = pkg as { name?: unknown; version?: unknown };
      if (p.name === 'workreport' && typeof p.version === 'string') return p.version;
    } catch { /* not here */ }
  }
  return '0.0.0';
}

/** The bundle's version (server/src/version.ts), or the checkout's when the CLI runs unbundled. */
export const VERSION: string = BUNDLED_VERSION ?? checkoutVersion();
