import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { LEVELS, type Level } from './levels';
import type { Message } from '../l10n/message';
import type { PartRole, ProfileId } from '../parse/model';
import { BUILTIN_PROFILES, type Profile } from './profiles';
import { msg } from '../l10n/message';
import { parseFileSections, type FileSection } from './fileSections';

/** The keys shared by VS Code settings (workreport.*) and .workreportrc.json. */
export interface WorkreportConfig {
  rules?: Record<string, Level>;
  profile?: string;
  sessionYear?: number | null;
  locale?: 'auto' | 'zh-cn' | 'en';
  maxDocumentSize?: number;
  /** Project-defined report kinds: { "district-npc": { "required": ["review", "plan", "shortcomings"] } } */
  profiles?: Record<string, { required?: PartRole[]; salutation?: string; name?: string }>;
  /** .workreportrc.json only: settings of single reports, by path (fileSections.ts). */
  files?: Record<string, FileSection>;
}

export interface ResolvedConfig {
  readonly levels: Readonly<Record<string, Level>>;
  /** 'auto' detects the kind from each report's title. */
  readonly profile: string;
  readonly sessionYear?: number;
  readonly maxDocumentSize: number;
  readonly profiles: Readonly<Record<string, Profile>>;
}

export const DEFAULT_MAX_DOCUMENT_SIZE = 5_000_000;

/** Later layers win: defaults < VS Code settings < .workreportrc.json. */
export function resolveConfig(...layers: (WorkreportConfig | undefined)[]): ResolvedConfig {
  const levels: Record<string, Level> = {};
  let profile = 'auto';
  let sessionYear: number | undefined;
  let maxDocumentSize = DEFAULT_MAX_DOCUMENT_SIZE;
  const profiles: Record<string, Profile> = { ...BUILTIN_PROFILES };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [id, level] of Object.entries(layer.rules ?? {})) if (LEVELS.includes(level)) levels[id] = level;
    if (typeof layer.profile === 'string' && layer.profile) profile = layer.profile;
    if (typeof layer.sessionYear === 'number' && Number.isInteger(layer.sessionYear)) sessionYear = layer.sessionYear;
    if (typeof layer.maxDocumentSize === 'number' && layer.maxDocumentSize > 0) maxDocumentSize = layer.maxDocumentSize;
    for (const [id, p] of Object.entries(layer.profiles ?? {})) {
      const base = profiles[id] ?? BUILTIN_PROFILES.generic;
      profiles[id] = {
        id,
        name: p.name ? msg('{0}', p.name) : base.name,
        required: Array.isArray(p.required) ? p.required : base.required,
        salutation: p.salutation ?? base.salutation,
      };
    }
  }
  return { levels, profile, sessionYear, maxDocumentSize, profiles };
}

export interface ConfigProblem {
  readonly start: number;
  readonly end: number;
  readonly message: Message;
}

export interface ParsedConfigFile {
  readonly config: WorkreportConfig;
  readonly problems: ConfigProblem[];
}

const KNOWN_KEYS = new Set(['rules', 'profile', 'sessionYear', 'locale', 'maxDocumentSize', 'profiles', 'files', '$schema']);

/**
 * Reads .workreportrc.json (JSON with comments). Never throws: syntax errors and unknown values become
 * problems with offsets in that file, and whatever was valid is kept.
 */
export function parseConfigFile(text: string, knownRules: ReadonlySet<string>): ParsedConfigFile {
  const errors: ParseError[] = [];
  const raw = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ConfigProblem[] = errors.map((e) => ({
    start: e.offset,
    end: e.offset + Math.max(1, e.length),
    message: msg("Syntax error in configuration: {0}; defaults are used", printParseErrorCode(e.error)),
  }));
  if (errors.length > 0) return { config: {}, problems };
  if (raw === undefined || raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      config: {},
      problems: [{ start: 0, end: Math.min(text.length, 1), message: msg("The configuration must be a JSON object") }],
    };
  }
  const at = (needle: string) => {
    const i = text.indexOf(JSON.stringify(needle));
    return i < 0 ? { start: 0, end: 1 } : { start: i, end: i + needle.length + 2 };
  };
  const config: WorkreportConfig = {};
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key)) problems.push({ ...at(key), message: msg("Unknown setting \"{0}\"", key) });
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      problems.push({ ...at('rules'), message: msg("\"rules\" must be an object: { \"rule-id\": \"warning\" }") });
    } else {
      config.rules = {};
      for (const [id, level] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (!knownRules.has(id)) {
          problems.push({ ...at(id), message: msg("Unknown rule \"{0}\"", id) });
        } else if (typeof level !== 'string' || !LEVELS.includes(level as Level)) {
          problems.push({ ...at(id), message: msg("The level of \"{0}\" must be one of {1}", id, LEVELS.join(' | ')) });
        } else {
          config.rules[id] = level as Level;
        }
      }
    }
  }
  if (obj.profile !== undefined) {
    const known = new Set([...Object.keys(BUILTIN_PROFILES), 'auto', ...Object.keys((obj.profiles as object) ?? {})]);
    if (typeof obj.profile === 'string' && known.has(obj.profile)) config.profile = obj.profile;
    else problems.push({ ...at('profile'), message: msg("Unknown profile \"{0}\"", String(obj.profile)) });
  }
  if (obj.sessionYear !== undefined && obj.sessionYear !== null) {
    if (typeof obj.sessionYear === 'number' && Number.isInteger(obj.sessionYear) && obj.sessionYear > 1949 && obj.sessionYear < 2200) config.sessionYear = obj.sessionYear;
    else problems.push({ ...at('sessionYear'), message: msg("\"sessionYear\" must be a four-digit year such as 2022") });
  }
  if (obj.locale !== undefined) {
    if (obj.locale === 'auto' || obj.locale === 'zh-cn' || obj.locale === 'en') config.locale = obj.locale;
    else problems.push({ ...at('locale'), message: msg("\"locale\" must be auto, zh-cn or en") });
  }
  if (obj.maxDocumentSize !== undefined) {
    if (typeof obj.maxDocumentSize === 'number' && obj.maxDocumentSize > 0) config.maxDocumentSize = obj.maxDocumentSize;
    else problems.push({ ...at('maxDocumentSize'), message: msg("\"maxDocumentSize\" must be a positive number of bytes") });
  }
  if (obj.profiles !== undefined && typeof obj.profiles === 'object' && obj.profiles !== null) {
    config.profiles = obj.profiles as WorkreportConfig['profiles'];
  }
  if (obj.files !== undefined) {
    const files = parseFileSections(text, knownRules);
    config.files = files.sections;
    problems.push(...files.problems);
  }
  return { config, problems };
}

export function profileFor(config: ResolvedConfig, detected: ProfileId): Profile {
  const id = config.profile === 'auto' ? detected : config.profile;
  return config.profiles[id] ?? BUILTIN_PROFILES[detected];
}
