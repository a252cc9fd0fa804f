import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { LEVELS, type Level } from './levels';
import { msg, type Message } from '../l10n/message';

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

export interface FileSectionProblem {
  readonly start: number;
  readonly end: number;
  readonly message: Message;
}

/**
 * Reads the "files" section of a .workreportrc.json's text (already known to parse). Invalid entries become
 * problems on the key or value at fault, and whatever is valid is kept.
 */
export function parseFileSections(text: string, knownRules: ReadonlySet<string>): { sections: Record<string, FileSection>; problems: FileSectionProblem[] } {
  const sections: Record<string, FileSection> = Object.create(null) as Record<string, FileSection>;
  const problems: FileSectionProblem[] = [];
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const files = root && findNodeAtLocation(root, ['files']);
  if (!files) return { sections, problems };
  if (files.type !== 'object') {
    problems.push({ ...span(files), message: msg('"files" must be an object: { "report.txt": { "rules": { "rule-id": "off" } } }') });
    return { sections, problems };
  }
  for (const [keyNode, valueNode] of properties(files)) {
    const key = String(keyNode.value);
    const section = readSection(key, keyNode, valueNode, knownRules, problems);
    if (section) sections[key] = section;
  }
  return { sections, problems };
}

function readSection(key: string, keyNode: Node, value: Node, knownRules: ReadonlySet<string>, problems: FileSectionProblem[]): FileSection | undefined {
  if (value.type !== 'object') {
    problems.push({ ...span(keyNode), message: msg('The settings of "{0}" must be an object: { "rules": { "rule-id": "off" } }', key) });
    return undefined;
  }
  const section: FileSection = {};
  for (const [name, setting] of properties(value)) {
    if (name.value !== 'rules') {
      problems.push({ ...span(name), message: msg('Only "rules" can be set for one file; "{0}" is ignored', String(name.value)) });
      continue;
    }
    if (setting.type !== 'object') {
      problems.push({ ...span(name), message: msg('"rules" must be an object: { "rule-id": "warning" }') });
      continue;
    }
    const rules: Record<string, Level> = Object.create(null) as Record<string, Level>;
    for (const [id, level] of properties(setting)) {
      const ruleId = String(id.value);
      if (!knownRules.has(ruleId)) problems.push({ ...span(id), message: msg('Unknown rule "{0}"', ruleId) });
      else if (level.type !== 'string' || !LEVELS.includes(level.value as Level)) problems.push({ ...span(level), message: msg('The level of "{0}" must be one of {1}', ruleId, LEVELS.join(' | ')) });
      else rules[ruleId] = level.value as Level;
    }
    section.rules = rules;
  }
  return section;
}

/** An object node's properties as [key, value] pairs (a property without a value is skipped). */
function properties(object: Node): [Node, Node][] {
  const out: [Node, Node][] = [];
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key && value) out.push([key, value]);
  }
  return out;
}

function span(node: Node): { start: number; end: number } {
  return { start: node.offset, end: node.offset + Math.max(1, node.length) };
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
