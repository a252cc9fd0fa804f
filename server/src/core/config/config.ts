import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Level, Localized } from '../rules/types';
import { LEVELS } from '../rules/types';
import type { PartRole, ProfileId } from '../parse/model';
import { BUILTIN_PROFILES, type Profile } from './profiles';

/** The keys shared by VS Code settings (workreport.*) and .workreportrc.json. */
export interface WorkreportConfig {
  rules?: Record<string, Level>;
  profile?: string;
  sessionYear?: number | null;
  locale?: 'auto' | 'zh-cn' | 'en';
  maxDocumentSize?: number;
  /** Project-defined report kinds: { "district-npc": { "required": ["review", "plan", "shortcomings"] } } */
  profiles?: Record<string, { required?: PartRole[]; salutation?: string; name?: string }>;
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
        name: p.name ? { zh: p.name, en: p.name } : base.name,
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
  readonly message: Localized;
}

export interface ParsedConfigFile {
  readonly config: WorkreportConfig;
  readonly problems: ConfigProblem[];
}

const KNOWN_KEYS = new Set(['rules', 'profile', 'sessionYear', 'locale', 'maxDocumentSize', 'profiles', '$schema']);

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
    message: {
      zh: `配置文件语法错误：${printParseErrorCode(e.error)}，已使用默认配置`,
      en: `Syntax error in configuration: ${printParseErrorCode(e.error)}; defaults are used`,
    },
  }));
  if (errors.length > 0) return { config: {}, problems };
  if (raw === undefined || raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      config: {},
      problems: [{ start: 0, end: Math.min(text.length, 1), message: { zh: '配置文件应为一个 JSON 对象', en: 'The configuration must be a JSON object' } }],
    };
  }
  const at = (needle: string) => {
    const i = text.indexOf(JSON.stringify(needle));
    return i < 0 ? { start: 0, end: 1 } : { start: i, end: i + needle.length + 2 };
  };
  const config: WorkreportConfig = {};
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key)) problems.push({ ...at(key), message: { zh: `未知的配置项“${key}”`, en: `Unknown setting "${key}"` } });
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      problems.push({ ...at('rules'), message: { zh: '“rules”应为对象：{ "规则id": "warning" }', en: '"rules" must be an object: { "rule-id": "warning" }' } });
    } else {
      config.rules = {};
      for (const [id, level] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (!knownRules.has(id)) {
          problems.push({ ...at(id), message: { zh: `未知的规则“${id}”`, en: `Unknown rule "${id}"` } });
        } else if (typeof level !== 'string' || !LEVELS.includes(level as Level)) {
          problems.push({ ...at(id), message: { zh: `规则“${id}”的级别应为 ${LEVELS.join(' | ')}`, en: `The level of "${id}" must be one of ${LEVELS.join(' | ')}` } });
        } else {
          config.rules[id] = level as Level;
        }
      }
    }
  }
  if (obj.profile !== undefined) {
    const known = new Set([...Object.keys(BUILTIN_PROFILES), 'auto', ...Object.keys((obj.profiles as object) ?? {})]);
    if (typeof obj.profile === 'string' && known.has(obj.profile)) config.profile = obj.profile;
    else problems.push({ ...at('profile'), message: { zh: `未知的报告类型“${String(obj.profile)}”`, en: `Unknown profile "${String(obj.profile)}"` } });
  }
  if (obj.sessionYear !== undefined && obj.sessionYear !== null) {
    if (typeof obj.sessionYear === 'number' && Number.isInteger(obj.sessionYear) && obj.sessionYear > 1949 && obj.sessionYear < 2200) config.sessionYear = obj.sessionYear;
    else problems.push({ ...at('sessionYear'), message: { zh: '“sessionYear”应为四位年份，如 2022', en: '"sessionYear" must be a four-digit year such as 2022' } });
  }
  if (obj.locale !== undefined) {
    if (obj.locale === 'auto' || obj.locale === 'zh-cn' || obj.locale === 'en') config.locale = obj.locale;
    else problems.push({ ...at('locale'), message: { zh: '“locale”应为 auto、zh-cn 或 en', en: '"locale" must be auto, zh-cn or en' } });
  }
  if (obj.maxDocumentSize !== undefined) {
    if (typeof obj.maxDocumentSize === 'number' && obj.maxDocumentSize > 0) config.maxDocumentSize = obj.maxDocumentSize;
    else problems.push({ ...at('maxDocumentSize'), message: { zh: '“maxDocumentSize”应为正整数（字节）', en: '"maxDocumentSize" must be a positive number of bytes' } });
  }
  if (obj.profiles !== undefined && typeof obj.profiles === 'object' && obj.profiles !== null) {
    config.profiles = obj.profiles as WorkreportConfig['profiles'];
  }
  return { config, problems };
}

export function profileFor(config: ResolvedConfig, detected: ProfileId): Profile {
  const id = config.profile === 'auto' ? detected : config.profile;
  return config.profiles[id] ?? BUILTIN_PROFILES[detected];
}
