import * as vscode from 'vscode';
import { translator, msg, type Bundle, type Translator } from '../../server/src/core/l10n/message';

/**
 * The client's messages, in VS Code's own way: `vscode.l10n.t` with the bundles in l10n/ (package.json
 * "l10n"), so the display language decides. `workreport.locale` (zh-cn / en) overrides it, as it does for the
 * server's messages: then the same bundle is read here.
 */
let bundleFolder: vscode.Uri | undefined;
const overrides = new Map<string, Translator>();

export function initL10n(context: vscode.ExtensionContext): void {
  bundleFolder = vscode.Uri.joinPath(context.extensionUri, 'l10n');
}

/** Loads the bundle of an overriding locale once; until it is read, messages fall back to the display language. */
async function loadOverride(locale: string): Promise<void> {
  if (overrides.has(locale) || !bundleFolder) return;
  overrides.set(locale, translator());
  if (locale === 'en') return;
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(bundleFolder, `bundle.l10n.${locale}.json`));
    overrides.set(locale, translator(JSON.parse(new TextDecoder().decode(bytes)) as Bundle));
  } catch {
    overrides.delete(locale);
  }
}

/** Reads the bundle named by workreport.locale ahead of the first message. */
export async function prepareL10n(): Promise<void> {
  const setting = vscode.workspace.getConfiguration('workreport').get<string>('locale', 'auto');
  if (setting !== 'auto') await loadOverride(setting);
}

/** A message in the user's language: `text` is the English wording with {0} {1} … placeholders. */
export function t(text: string, ...args: (string | number)[]): string {
  const setting = vscode.workspace.getConfiguration('workreport').get<string>('locale', 'auto');
  const override = setting !== 'auto' ? overrides.get(setting) : undefined;
  if (override) return override(msg(text, ...args));
  if (setting !== 'auto') void loadOverride(setting);
  return vscode.l10n.t(text, ...args);
}
