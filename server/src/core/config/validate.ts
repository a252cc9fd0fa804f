import type { Node } from 'jsonc-parser';
import type { PartRole } from '../parse/model';
import { msg, type Message } from '../l10n/message';
import { LEVELS, type Level } from './levels';
import { BUILTIN_PROFILES } from './profiles';
import {
  CONFIG_KEYS, PROFILE_KEYS, REQUIRABLE_PARTS, LOCALES, FIRST_SESSION_YEAR, LAST_SESSION_YEAR, MIN_DOCUMENT_SIZE,
  type WorkreportConfig, type ProfileConfig,
} from './schema';
import { closestName } from './suggest';

/** A problem of a configuration file, at UTF-16 offsets of that file (on the key it is about). */
export interface ConfigProblem {
  readonly start: number;
  readonly end: number;
  readonly message: Message;
}

/** Where in the file: a jsonc-parser node, a parse error, or a place of our own. */
type At = { readonly offset: number; readonly length: number };

/** No one reads more; the cap keeps 200,000 unknown rule ids from costing 200,000 messages. */
export const MAX_CONFIG_PROBLEMS = 100;

/**
 * The problems of one configuration, the first MAX_CONFIG_PROBLEMS of them listed and the rest counted. A
 * message may be given as a function, so that "did you mean" is looked for only for problems that are listed.
 */
export class ProblemList {
  private readonly listed: ConfigProblem[] = [];
  private unlisted = 0;
  private firstUnlisted?: At;

  constructor(private readonly cap = MAX_CONFIG_PROBLEMS) {}

  add(at: At, message: Message | (() => Message)): void {
    if (this.listed.length >= this.cap) {
      this.unlisted++;
      this.firstUnlisted ??= at;
      return;
    }
    const start = at.offset;
    this.listed.push({ start, end: start + Math.max(1, at.length), message: typeof message === 'function' ? message() : message });
  }

  get count(): number {
    return this.listed.length + this.unlisted;
  }

  done(): ConfigProblem[] {
    if (this.unlisted === 0 || !this.firstUnlisted || this.cap === 0) return this.listed;
    const at = this.firstUnlisted;
    return [...this.listed, { start: at.offset, end: at.offset + Math.max(1, at.length), message: msg("{0} more problems in this file are not listed", this.unlisted) }];
  }
}

interface Member {
  readonly key: Node;
  readonly name: string;
  readonly value: Node;
}

/** The properties of an object node, in file order (a duplicate key is read twice; the last one wins, as in JSON.parse). */
function members(object: Node): Member[] {
  const out: Member[] = [];
  for (const p of object.children ?? []) {
    const [key, value] = p.children ?? [];
    if (key && value && typeof key.value === 'string') out.push({ key, name: key.value, value });
  }
  return out;
}

const nonEmptyString = (n: Node): n is Node & { value: string } => n.type === 'string' && typeof n.value === 'string' && n.value.length > 0;

/** "Unknown x"; did you mean "y"? — the suggestion looked for only when the problem is listed. */
function unknownName(problem: Message, name: string, known: () => Iterable<string>): () => Message {
  return () => {
    const near = closestName(name, known());
    return near === undefined ? problem : msg("{0}; did you mean \"{1}\"?", problem, near);
  };
}

/**
 * Checks a configuration against the schema (schema.ts) and keeps what is valid. The tree is read, never
 * evaluated into an object, so `{"__proto__": {"rules": …}}` is an unknown key like any other. With
 * `knownRules` (a file), unknown rule ids and unknown profile names are problems; without (editor settings,
 * which VS Code checks against package.json), any rule id with a valid level is kept.
 */
export function validateConfig(root: Node, problems: ProblemList, knownRules?: ReadonlySet<string>): WorkreportConfig {
  const config: WorkreportConfig = {};
  if (root.type !== 'object') {
    problems.add(root, msg("The configuration must be a JSON object"));
    return config;
  }
  let profileKey: Node | undefined;
  for (const { key, name, value } of members(root)) {
    const at = key;
    switch (name as (typeof CONFIG_KEYS)[number]) {
      case '$schema':
        if (!nonEmptyString(value)) problems.add(at, msg("\"{0}\" must be a non-empty string", name));
        break;
      case 'rules':
        config.rules = ruleLevels(at, value, problems, knownRules);
        break;
      case 'profile':
        if (nonEmptyString(value)) [config.profile, profileKey] = [value.value, key];
        else problems.add(at, msg("\"{0}\" must be a non-empty string", name));
        break;
      case 'profiles':
        config.profiles = profileTable(at, value, problems);
        break;
      case 'sessionYear':
        if (value.type === 'null') config.sessionYear = null;
        else if (isWhole(value, FIRST_SESSION_YEAR, LAST_SESSION_YEAR)) config.sessionYear = value.value;
        else problems.add(at, msg("\"sessionYear\" must be a four-digit year such as 2022"));
        break;
      case 'locale':
        if ((LOCALES as readonly unknown[]).includes(value.value) && value.type === 'string') config.locale = value.value;
        else problems.add(at, msg("\"locale\" must be auto, zh-cn or en"));
        break;
      case 'maxDocumentSize':
        if (isWhole(value, MIN_DOCUMENT_SIZE, Number.MAX_SAFE_INTEGER)) config.maxDocumentSize = value.value;
        else problems.add(at, msg("\"maxDocumentSize\" must be a whole number of characters, at least {0}", MIN_DOCUMENT_SIZE));
        break;
      case 'files':
        config.files = fileTable(at, value, problems, knownRules);
        break;
      default:
        problems.add(at, unknownName(msg("Unknown setting \"{0}\"", name), name, () => CONFIG_KEYS));
    }
  }
  if (knownRules && profileKey && config.profile !== undefined && !isProfileName(config.profile, config.profiles)) {
    problems.add(profileKey, msg("Unknown profile \"{0}\"", config.profile));
    delete config.profile;
  }
  return config;
}

function isWhole(n: Node, min: number, max: number): n is Node & { value: number } {
  return n.type === 'number' && Number.isSafeInteger(n.value) && n.value >= min && n.value <= max;
}

function isProfileName(id: string, defined: Record<string, ProfileConfig> | undefined): boolean {
  return id === 'auto' || Object.hasOwn(BUILTIN_PROFILES, id) || (!!defined && Object.hasOwn(defined, id));
}

function ruleLevels(at: Node, value: Node, problems: ProblemList, knownRules?: ReadonlySet<string>): Record<string, Level> | undefined {
  if (value.type !== 'object') {
    problems.add(at, msg("\"rules\" must be an object: { \"rule-id\": \"warning\" }"));
    return undefined;
  }
  const levels: Record<string, Level> = Object.create(null);
  for (const { key, name, value: level } of members(value)) {
    if (knownRules && !knownRules.has(name)) {
      problems.add(key, unknownName(msg("Unknown rule \"{0}\"", name), name, () => knownRules));
    } else if (level.type !== 'string' || !LEVELS.includes(level.value)) {
      problems.add(key, msg("The level of \"{0}\" must be one of {1}", name, LEVELS.join(' | ')));
    } else {
      levels[name] = level.value;
    }
  }
  return levels;
}

/** The "files" section: per report, only its rule levels (see fileSections.ts). */
function fileTable(at: Node, value: Node, problems: ProblemList, knownRules?: ReadonlySet<string>): Record<string, { rules?: Record<string, Level> }> | undefined {
  if (value.type !== 'object') {
    problems.add(at, msg('"files" must be an object: { "report.txt": { "rules": { "rule-id": "off" } } }'));
    return undefined;
  }
  const files: Record<string, { rules?: Record<string, Level> }> = Object.create(null);
  for (const { key, name, value: section } of members(value)) {
    if (section.type !== 'object') {
      problems.add(key, msg('The settings of "{0}" must be an object: { "rules": { "rule-id": "off" } }', name));
      continue;
    }
    const entry: { rules?: Record<string, Level> } = {};
    for (const { key: settingKey, name: setting, value: settingValue } of members(section)) {
      if (setting === 'rules') entry.rules = ruleLevels(settingKey, settingValue, problems, knownRules);
      else problems.add(settingKey, msg('Only "rules" can be set for one file; "{0}" is ignored', setting));
    }
    files[name] = entry;
  }
  return files;
}

function profileTable(at: Node, value: Node, problems: ProblemList): Record<string, ProfileConfig> | undefined {
  if (value.type !== 'object') {
    problems.add(at, msg("\"profiles\" must be an object: { \"profile-id\": { \"required\": [\"review\", \"plan\"] } }"));
    return undefined;
  }
  const table: Record<string, ProfileConfig> = Object.create(null);
  for (const { key, name, value: body } of members(value)) {
    if (body.type === 'object') table[name] = profile(body, problems);
    else problems.add(key, msg("The profile \"{0}\" must be an object such as { \"required\": [\"review\", \"plan\"] }", name));
  }
  return table;
}

function profile(body: Node, problems: ProblemList): ProfileConfig {
  const p: ProfileConfig = {};
  for (const { key, name, value } of members(body)) {
    switch (name as (typeof PROFILE_KEYS)[number]) {
      case 'name':
      case 'salutation':
        if (nonEmptyString(value)) p[name as 'name' | 'salutation'] = value.value;
        else problems.add(key, msg("\"{0}\" must be a non-empty string", name));
        break;
      case 'required':
        p.required = requiredParts(key, value, problems);
        break;
      default:
        problems.add(key, unknownName(msg("Unknown setting \"{0}\"", name), name, () => PROFILE_KEYS));
    }
  }
  return p;
}

/** The valid parts of a "required" list, each once; an unknown or repeated one is a problem on that item. */
function requiredParts(at: Node, value: Node, problems: ProblemList): PartRole[] | undefined {
  const list = REQUIRABLE_PARTS.join(', ');
  if (value.type !== 'array') {
    problems.add(at, msg("\"required\" must be a list of parts: {0}", list));
    return undefined;
  }
  const parts: PartRole[] = [];
  for (const item of value.children ?? []) {
    const name: unknown = item.value;
    if (item.type === 'string' && typeof name === 'string') {
      const role = REQUIRABLE_PARTS.find((r) => r === name);
      if (role && parts.includes(role)) {
        problems.add(item, msg("\"{0}\" is listed twice", role));
      } else if (role) {
        parts.push(role);
      } else {
        problems.add(item, unknownName(msg("Unknown part \"{0}\": the parts are {1}", name, list), name, () => REQUIRABLE_PARTS));
      }
    } else {
      problems.add(item, msg("\"required\" must be a list of parts: {0}", list));
    }
  }
  return parts;
}

/**
 * A value as jsonc-parser's tree would show it, for editor settings (already JSON, sent by the client): the
 * validator reads settings and files alike. Only as deep as the schema goes is converted; below that a
 * value is an empty object or list, which no valid setting is.
 */
export function valueNode(value: unknown, depth = 0): Node {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return { type: typeof value as 'string' | 'number' | 'boolean', value, offset: 0, length: 0 };
  }
  if (Array.isArray(value)) {
    return { type: 'array', children: depth < 5 ? value.map((v) => valueNode(v, depth + 1)) : [], offset: 0, length: 0 };
  }
  if (value !== null && typeof value === 'object') {
    const children: Node[] = [];
    if (depth < 5) {
      for (const k of Object.keys(value)) {
        const key: Node = { type: 'string', value: k, offset: 0, length: 0 };
        children.push({ type: 'property', children: [key, valueNode((value as Record<string, unknown>)[k], depth + 1)], offset: 0, length: 0 });
      }
    }
    return { type: 'object', children, offset: 0, length: 0 };
  }
  return { type: 'null', value: null, offset: 0, length: 0 };
}
