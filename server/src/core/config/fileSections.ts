import type { Level } from './levels';

/**
 * The settings of one report in .workreportrc.json's "files" section, keyed by the report's path relative to
 * the folder of that .workreportrc.json, with '/' between folders:
 *
 *   { "files": { "2024年工作报告.txt": { "rules": { "broken-paragraph": "off" } } } }
 *
 * This is how a rule is silenced in one report without writing into the report: a .txt pasted from Word has
 * no place for a comment, and a comment would travel back into Word with the text. Keys are paths, not globs:
 * the editor's quick action writes them, and a path says exactly which report is meant.
 */
export interface FileSection {
  rules?: Record<string, Level>;
}

/** The section of one report, as a configuration layer that goes over the file's own settings. */
export function sectionFor(files: Readonly<Record<string, FileSection>> | undefined, key: string | undefined): FileSection | undefined {
  if (!files || key === undefined || !Object.prototype.hasOwnProperty.call(files, key)) return undefined;
  return files[key];
}

/**
 * A report's key in the "files" section of a .workreportrc.json: its path relative to that file's folder,
 * readable ('/' between folders, percent-escapes decoded, so 工作报告.txt and not %E5%B7%A5…), or undefined
 * when the report is not inside that folder. Both are URIs as the editor writes them (file:///…); the editor
 * and the language server call this one function, so they agree on the key.
 */
export function fileKey(configFileUri: string, documentUri: string): string | undefined {
  const folder = configFileUri.slice(0, configFileUri.lastIndexOf('/') + 1);
  if (!folder || !documentUri.startsWith(folder) || documentUri.length === folder.length) return undefined;
  const rest = documentUri.slice(folder.length).replace(/[?#].*$/, '');
  try {
    const segments = rest.split('/').map(decodeURIComponent);
    return segments.some((segment) => segment === '' || segment === '.' || segment === '..') ? undefined : segments.join('/');
  } catch {
    return undefined; // a malformed escape: no key
  }
}
