import { createScanner, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import type { Level } from './levels';
import type { ProfileId } from '../parse/model';
import { BUILTIN_PROFILES, type Profile } from './profiles';
import { msg } from '../l10n/message';
import { DEFAULT_MAX_DOCUMENT_SIZE, type WorkreportConfig } from './schema';
import { ProblemList, validateConfig, valueNode, type ConfigProblem } from './validate';

export { CONFIG_FILE_NAME } from './fileName';

export type { WorkreportConfig, ProfileConfig } from './schema';
export type { ConfigProblem } from './validate';
export { DEFAULT_MAX_DOCUMENT_SIZE } from './schema';

export interface ResolvedConfig {
  /** By rule id; a null-prototype object, so only ids ever set are found. */
  readonly levels: Readonly<Record<string, Level>>;
  /** 'auto' detects the kind from each report's title. */
  readonly profile: string;
  readonly sessionYear?: number;
  readonly maxDocumentSize: number;
  /** By profile name: a Map, so `constructor` or `__proto__` is a name like any other. */
  readonly profiles: ReadonlyMap<string, Profile>;
}

/**
 * Later layers win: defaults < VS Code settings < .workreportrc.json. Every layer is untrusted data (whatever
 * the editor's settings hold, or a file already checked): it is validated again and what is invalid is left
 * out, so no value makes this throw.
 */
export function resolveConfig(...layers: (WorkreportConfig | undefined)[]): ResolvedConfig {
  const levels: Record<string, Level> = Object.create(null);
  let profile = 'auto';
  let sessionYear: number | undefined;
  let maxDocumentSize = DEFAULT_MAX_DOCUMENT_SIZE;
  const profiles = new Map<string, Profile>(Object.entries(BUILTIN_PROFILES));
  for (const raw of layers) {
    const layer = trusted(raw);
    for (const [id, level] of Object.entries(layer.rules ?? {})) levels[id] = level;
    if (layer.profile !== undefined) profile = layer.profile;
    if (typeof layer.sessionYear === 'number') sessionYear = layer.sessionYear;
    if (layer.maxDocumentSize !== undefined) maxDocumentSize = layer.maxDocumentSize;
    for (const [id, p] of Object.entries(layer.profiles ?? {})) {
      const base = profiles.get(id) ?? BUILTIN_PROFILES.generic;
      profiles.set(id, {
        id,
        name: p.name ? msg('{0}', p.name) : base.name,
        required: p.required ?? base.required,
        salutation: p.salutation ?? base.salutation,
      });
    }
  }
  return { levels, profile, sessionYear, maxDocumentSize, profiles };
}

/** A layer's valid part; problems are not reported here (VS Code reports bad settings against package.json). */
function trusted(layer: unknown): WorkreportConfig {
  if (layer === null || typeof layer !== 'object') return {};
  try {
    return validateConfig(valueNode(layer), new ProblemList(0));
  } catch {
    // Only a getter that throws could get here: settings arrive as JSON, so in practice never.
    return {};
  }
}

export interface ParsedConfigFile {
  readonly config: WorkreportConfig;
  readonly problems: ConfigProblem[];
}

/** A configuration is a few hundred bytes; a larger file is a mistake or an attack, and is not parsed. */
export const MAX_CONFIG_SIZE = 1_000_000;
/** The schema goes four levels deep; jsonc-parser recurses once per level, so 5000 levels would overflow the stack. */
export const MAX_CONFIG_DEPTH = 64;

/**
 * Reads .workreportrc.json (JSON with comments). Never throws: syntax errors, unknown keys and invalid values
 * become problems with offsets in that file, on the key they are about, and whatever was valid is kept. A
 * file too large, too deep or with a syntax error gives the defaults.
 */
export function parseConfigFile(text: string, knownRules: ReadonlySet<string>): ParsedConfigFile {
  const problems = new ProblemList();
  const root = configTree(text, problems);
  const config = root ? validateConfig(root, problems, knownRules) : {};
  return { config, problems: problems.done() };
}

function configTree(text: string, problems: ProblemList): Node | undefined {
  if (text.length > MAX_CONFIG_SIZE) {
    problems.add({ offset: 0, length: 0 }, msg("The configuration is larger than {0} bytes; defaults are used", MAX_CONFIG_SIZE));
    return undefined;
  }
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    problems.add({ offset: deep, length: 1 }, msg("The configuration is nested more than {0} levels deep; defaults are used", MAX_CONFIG_DEPTH));
    return undefined;
  }
  const errors: ParseError[] = [];
  // A UTF-8 BOM (Windows Notepad writes one) is no syntax error; a space in its place keeps every offset.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) problems.add(e, msg("Syntax error in configuration: {0}; defaults are used", printParseErrorCode(e.error)));
  if (errors.length > 0) return undefined;
  if (!root) problems.add({ offset: 0, length: 0 }, msg("The configuration must be a JSON object"));
  return root;
}

/** The offset of the first bracket past MAX_CONFIG_DEPTH, or -1: one pass of jsonc-parser's scanner, no recursion. */
function tooDeepAt(text: string): number {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      if (++depth > MAX_CONFIG_DEPTH) return scanner.getTokenOffset();
    } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) {
      depth--;
    }
  }
  return -1;
}

export function profileFor(config: ResolvedConfig, detected: ProfileId): Profile {
  const id = config.profile === 'auto' ? detected : config.profile;
  return config.profiles.get(id) ?? BUILTIN_PROFILES[detected];
}
