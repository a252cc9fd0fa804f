/**
 * Every user-facing text of the core is a Message: its English wording with {0} {1} … placeholders, which is
 * also its key in the translation bundles, and the values to put there. The core never picks a language;
 * the edge (LSP, CLI, client) translates a Message once, with the bundle of the user's locale.
 *
 * The bundles are VS Code's own format (@vscode/l10n, `l10n/bundle.l10n.<locale>.json`: English text ->
 * translation), so one file adds a language to the extension, the server and the CLI alike.
 */
export interface Message {
  /** English, with {0} {1} … for the arguments: the key of the bundles. */
  readonly text: string;
  readonly args: readonly MessageArg[];
}

/** A Message; `text` must be a literal (tests check that every such literal has its translations). */
/** A value in a message: a Message argument (a part's name) is translated with the message. */
export type MessageArg = string | number | Message;

export function msg(text: string, ...args: MessageArg[]): Message {
  return { text, args };
}

/** A bundle in @vscode/l10n's format: English text -> its translation, or { message, comment }. */
export type Bundle = Readonly<Record<string, string | { readonly message: string; readonly comment?: readonly string[] }>>;

/** Turns a Message into the text a user reads. */
export type Translator = (message: Message) => string;

/** @vscode/l10n's placeholder syntax: {0}, {1}, … ({{ and }} are not escapes there either). */
export function format(template: string, args: readonly (string | number)[]): string {
  if (args.length === 0) return template;
  return template.replace(/\{(\d+)\}/g, (all, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? all : String(value);
  });
}

/** The translator of a bundle; English (no bundle) formats the key itself. Unknown keys fall back to English. */
export function translator(bundle?: Bundle): Translator {
  const translate: Translator = (m) => {
    const entry = bundle && Object.prototype.hasOwnProperty.call(bundle, m.text) ? bundle[m.text] : undefined;
    const template = entry === undefined ? m.text : typeof entry === 'string' ? entry : entry.message;
    return format(template, m.args.map((a) => (typeof a === 'object' ? translate(a) : a)));
  };
  return translate;
}

/**
 * The locale a user asked for, as a bundle name: 'zh-cn', 'en', … ; `auto` (or nothing) takes the host's.
 * Chinese variants without a bundle of their own read the simplified Chinese one, which every office reads.
 */
export function normalizeLocale(requested: string | undefined, host: string | undefined): string {
  const chosen = (requested && requested !== 'auto' ? requested : host || 'en').toLowerCase().replace('_', '-');
  return chosen;
}

/** Whether a locale is English, the language of the messages as written. */
export function isEnglish(locale: string): boolean {
  return locale === 'en' || locale.startsWith('en-');
}
