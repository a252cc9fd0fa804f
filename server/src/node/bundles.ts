import * as fs from 'fs';
import * as path from 'path';
import type { Bundle } from '../core/l10n/message';
import type { BundleLoader } from '../l10n';

/**
 * The folder that holds l10n/: beside dist/ in the extension and the npm package, the checkout's root when
 * the compiled tests run from out/.
 */
function l10nFolder(from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'l10n');
    if (fs.existsSync(path.join(candidate, 'bundle.l10n.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Bundles read from the extension's l10n/ folder, as VS Code reads the client's. */
export function diskBundles(from = __dirname): BundleLoader {
  const folder = l10nFolder(from);
  return (locale) => {
    if (!folder) return undefined;
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(path.join(folder, `bundle.l10n.${locale}.json`), 'utf8'));
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Bundle) : undefined;
    } catch {
      return undefined;
    }
  };
}
