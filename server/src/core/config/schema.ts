import type { PartRole } from '../parse/model';
import { msg, type Message } from '../l10n/message';
import { LEVELS, type Level } from './levels';
import { BUILTIN_PROFILES } from './profiles';

/**
 * What .workreportrc.json may hold. The JSON schema shipped in schemas/workreportrc.schema.json is made from
 * these (scripts/schema.mjs), and the validator (validate.ts) checks the same keys, values and bounds, so the
 * completion an editor offers and the problems the server reports agree.
 */
export const CONFIG_KEYS = ['$schema', 'rules', 'profile', 'profiles', 'sessionYear', 'locale', 'maxDocumentSize', 'files'] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];
export const PROFILE_KEYS = ['name', 'required', 'salutation'] as const;
/** The parts a profile may require (`other` is what a part is when it is none of these). */
export const REQUIRABLE_PARTS: readonly PartRole[] = ['review', 'shortcomings', 'plan', 'closing'];
export const LOCALES = ['auto', 'zh-cn', 'en'] as const;
/** A session year of the People's Republic's congresses, with room for the century ahead. */
export const FIRST_SESSION_YEAR = 1950;
export const LAST_SESSION_YEAR = 2199;
/** Below a thousand characters no report fits, and 0.5 or 0 would switch every check off unnoticed. */
export const MIN_DOCUMENT_SIZE = 1000;
export const DEFAULT_MAX_DOCUMENT_SIZE = 5_000_000;

/** A project-defined report kind, or changes to a built-in one: { "required": ["review", "plan"] }. */
export interface ProfileConfig {
  name?: string;
  required?: PartRole[];
  salutation?: string;
}

/**
 * The keys shared by VS Code settings (workreport.*) and .workreportrc.json, once validated: the maps are
 * null-prototype objects, so a name such as `constructor` or `__proto__` is only ever a key.
 */
export interface WorkreportConfig {
  rules?: Record<string, Level>;
  profile?: string;
  /** null: no override (VS Code's default for the setting). */
  sessionYear?: number | null;
  locale?: (typeof LOCALES)[number];
  maxDocumentSize?: number;
  /** Project-defined report kinds: { "district-npc": { "required": ["review", "plan", "shortcomings"] } } */
  profiles?: Record<string, ProfileConfig>;
  /**
   * .workreportrc.json only: the rules of single reports, keyed by the report's path from the file's folder
   * ('/' between folders): { "2024年工作报告.txt": { "rules": { "broken-paragraph": "off" } } } (fileSections.ts).
   */
  files?: Record<string, { rules?: Record<string, Level> }>;
}

/** A rule as the schema lists it: the registry's entries (core/rules/index.ts) fit. */
export interface RuleSummary {
  readonly id: string;
  readonly defaultLevel: Level;
  readonly description: Message;
}

type Schema = Record<string, unknown>;

/** The JSON schema of .workreportrc.json; `describe` turns a message into the text the editor shows. */
export function configSchema(rules: readonly RuleSummary[], describe: (m: Message) => string): Schema {
  const nonEmpty = (description: Message): Schema => ({ type: 'string', minLength: 1, description: describe(description) });
  const ruleLevels: Schema = {};
  for (const r of rules) {
    ruleLevels[r.id] = { enum: [...LEVELS], default: r.defaultLevel, description: describe(r.description) };
  }
  const builtins = Object.keys(BUILTIN_PROFILES);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '.workreportrc.json',
    description: describe(msg("workreport configuration: rule levels, report kinds and the session year")),
    type: 'object',
    // VS Code reads these two: the file is JSON with comments, as the README invites.
    allowComments: true,
    allowTrailingCommas: true,
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: describe(msg("The schema this file follows")) },
      rules: {
        type: 'object',
        description: describe(msg("Per-rule level: off, hint, information, warning or error")),
        properties: ruleLevels,
        additionalProperties: false,
      },
      profile: {
        description: describe(msg("The report kind: auto detects it from the title; a kind defined under \"profiles\" may be named too")),
        anyOf: [{ enum: ['auto', ...builtins] }, { type: 'string', minLength: 1 }],
        default: 'auto',
      },
      profiles: {
        type: 'object',
        description: describe(msg("Report kinds of this project, or changes to the built-in ones")),
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          properties: {
            name: nonEmpty(msg("The kind's name, as messages call it")),
            required: {
              type: 'array',
              description: describe(msg("The parts a report of this kind must have, in order")),
              items: { enum: [...REQUIRABLE_PARTS] },
              uniqueItems: true,
            },
            salutation: nonEmpty(msg("The form of address in the closing, such as 各位代表")),
          },
        },
      },
      sessionYear: {
        type: ['integer', 'null'],
        minimum: FIRST_SESSION_YEAR,
        maximum: LAST_SESSION_YEAR,
        description: describe(msg("The year of the session the report is given at; by default the date line's")),
      },
      locale: { enum: [...LOCALES], default: 'auto', description: describe(msg("The language of the messages")) },
      maxDocumentSize: {
        type: 'integer',
        minimum: MIN_DOCUMENT_SIZE,
        default: DEFAULT_MAX_DOCUMENT_SIZE,
        description: describe(msg("Documents longer than this many characters keep their outline but are not checked")),
      },
      files: {
        type: 'object',
        description: describe(msg("Rules of single reports, by the report's path from this file's folder")),
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          properties: { rules: { type: 'object', properties: ruleLevels, additionalProperties: false } },
        },
      },
    },
  };
}
