import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions, type JSONPath, type Node, type ParseError } from 'jsonc-parser';

/**
 * Edits of .workreportrc.json that turn a rule off, made with jsonc-parser's modify: the author's comments,
 * order and layout stay, only the lines around the change are laid out anew (as VS Code edits settings.json).
 * No vscode import: the tests run it as it is.
 */

export type EditResult = { readonly text: string } | { readonly problem: 'syntax' | 'shape'; readonly offset: number };

/** The rule off for one report: "files" → the report's key → "rules" → the rule, made where missing. */
export function silenceForFile(text: string, key: string, ruleId: string): EditResult {
  return setOff(text, [['files', key, 'rules', ruleId]]);
}

/**
 * The places in the file that set this rule for this report at a level other than off: the top-level
 * "rules" and the report's own section. Either wins over VS Code's settings, so turning the rule off in the
 * workspace's settings must turn it off there too. (A file that does not parse names none.)
 */
export function overridingEntries(text: string, key: string | undefined, ruleId: string): JSONPath[] {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  // The server reads a file with a syntax error as no settings at all: nothing in it overrides.
  if (!root || errors.length > 0 || root.type !== 'object') return [];
  const paths: JSONPath[] = [['rules', ruleId]];
  if (key !== undefined) paths.push(['files', key, 'rules', ruleId]);
  return paths.filter((path) => {
    const node = findNodeAtLocation(root, path);
    return node !== undefined && node.value !== 'off';
  });
}

/** Sets each path to "off". A file that does not parse, or holds something else than an object on the way, is left alone. */
export function setOff(original: string, paths: readonly JSONPath[]): EditResult {
  // An empty file is read as no settings (as the server reads none): it becomes an object.
  const text = original.trim() === '' ? `{}${formattingOf(original).eol}` : original;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  if (errors.length > 0) return { problem: 'syntax', offset: errors[0].offset };
  if (root && root.type !== 'object') return { problem: 'shape', offset: root.offset };
  for (const path of paths) {
    const blocking = root && notAnObject(root, path);
    if (blocking) return { problem: 'shape', offset: blocking.offset };
  }
  const options = formattingOf(text);
  let current = text;
  for (const path of paths) current = applyEdits(current, modify(current, path, 'off', { formattingOptions: options }));
  return { text: current };
}

/** The first value on the way to `path` that is there but no object, so no key can be added under it. */
function notAnObject(root: Node, path: JSONPath): Node | undefined {
  for (let depth = 1; depth < path.length; depth++) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (!node) return undefined;
    if (node.type !== 'object') return node;
  }
  return undefined;
}

/** The file's own indentation and line break, for the lines modify writes. */
export function formattingOf(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)\S/m.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: indent ? Math.min(indent.length, 8) : 2, eol };
}
