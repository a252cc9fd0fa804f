import type { Connection } from 'vscode-languageserver';
import type { WorkreportConfig, ResolvedConfig } from '../core/config/config';
import { parseConfigFile, resolveConfig, MAX_CONFIG_SIZE, CONFIG_FILE_NAME } from '../core/config/config';
import { RULE_IDS } from '../core/rules/index';
import { fileKey, sectionFor } from '../core/config/fileSections';
import { msg, normalizeLocale, type Translator } from '../core/l10n/message';
import { Translations } from '../l10n';
import type { RuntimeEnvironment } from '../runtime';
import { folderHolding, previousReportSetting, type PreviousReportSetting } from '../previousReportSetting';

/** The workreport.* settings as the client sends them (resource-scoped). */
export interface EditorSettings extends WorkreportConfig {
  enable?: boolean;
  detect?: boolean;
  run?: 'onType' | 'onSave';
  previousReport?: unknown;
}


export interface ConfigFileState {
  readonly uri: string;
  readonly config: WorkreportConfig;
  readonly problems: ReturnType<typeof parseConfigFile>['problems'];
  readonly text: string;
}

export interface EffectiveSettings {
  readonly config: ResolvedConfig;
  /** The locale of the document's messages ('zh-cn', 'en', …) and its translator. */
  readonly locale: string;
  readonly tr: Translator;
  /** workreport.enable: false = no checks (no diagnostics, code actions or formatting); the outline stays. */
  readonly enable: boolean;
  readonly detect: boolean;
  readonly run: 'onType' | 'onSave';
  readonly configFile?: ConfigFileState;
  /** Absent: as the setting left empty (look beside the document). */
  readonly previousReport?: PreviousReportSetting;
}

/**
 * Where .workreportrc.json may be for a document, nearest first: its folder, then each folder above it up to
 * the workspace folder holding it (file:///w/a/b/x.md in file:///w -> file:///w/a/b/…, file:///w/a/…,
 * file:///w/…). A document in no workspace folder looks in its own folder only: a .workreportrc.json that any
 * local user can put in /tmp must not switch off the checks of every document under /tmp.
 */
export function configCandidates(documentUri: string, workspaceFolders: readonly string[] = []): string[] {
  const slash = documentUri.lastIndexOf('/');
  // Any hierarchical URI: file: on the desktop, vscode-remote: / vscode-vfs: in the browser, where the client reads.
  const authority = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(documentUri);
  if (!authority || slash < authority[0].length || /[?#]/.test(documentUri)) return [];
  let dir = documentUri.slice(0, slash);
  const out = [`${dir}/${CONFIG_FILE_NAME}`];
  const folder = folderHolding(dir, workspaceFolders);
  if (folder === undefined) return out;
  while (dir.length > folder.length) {
    dir = dir.slice(0, dir.lastIndexOf('/'));
    out.push(`${dir}/${CONFIG_FILE_NAME}`);
  }
  return out;
}

/**
 * Settings per document: VS Code settings, then the nearest .workreportrc.json (which wins, so the CLI and
 * the editor agree). Both are cached until the client says they changed.
 */
export class SettingsStore {
  private readonly editor = new Map<string, Promise<EditorSettings>>();
  private readonly files = new Map<string, Promise<ConfigFileState | undefined>>();
  private folders?: Promise<readonly string[]>;
  /** The editor's display language (InitializeParams.locale). */
  clientLocale = 'en';
  readonly translations: Translations;
  canAskClient = false;

  constructor(private readonly connection: Connection, private readonly runtime: RuntimeEnvironment, private readonly onConfigFile: (state: ConfigFileState) => void) {
    this.translations = new Translations(runtime.loadBundle);
  }

  clear(): void {
    this.editor.clear();
    this.files.clear();
    this.folders = undefined;
  }

  clearFiles(): void {
    this.files.clear();
    this.folders = undefined;
  }

  async forDocument(uri: string): Promise<EffectiveSettings> {
    const editor = await this.editorSettings(uri);
    const file = await this.nearestConfigFile(uri);
    // The report's own section of the file's "files" goes over the file's settings.
    const config = resolveConfig(editor, file?.config, file && sectionFor(file.config.files, fileKey(file.uri, uri)));
    // Settings are whatever the user's settings.json holds: a locale that is not a string is no locale.
    const localeSetting = file?.config.locale ?? (typeof editor.locale === 'string' ? editor.locale : undefined) ?? 'auto';
    const locale = normalizeLocale(localeSetting, this.clientLocale);
    const previousReport = previousReportSetting(editor.previousReport, uri, await this.workspaceFolders());
    return { config, locale, tr: this.translations.for(locale), enable: editor.enable !== false, detect: editor.detect !== false, run: editor.run === 'onSave' ? 'onSave' : 'onType', configFile: file, previousReport };
  }

  private editorSettings(uri: string): Promise<EditorSettings> {
    if (!this.canAskClient) return Promise.resolve({});
    const cached = this.editor.get(uri);
    if (cached) return cached;
    const p: Promise<EditorSettings> = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'workreport' })
      .then((s: unknown) => (s && typeof s === 'object' ? (s as EditorSettings) : {}), () => ({}));
    this.editor.set(uri, p);
    return p;
  }

  /**
   * The workspace folders, asked of the client (workspace/workspaceFolders) once until settings or config files
   * change, so folders added since are known; a client without folders, or without the request, gives none.
   */
  private workspaceFolders(): Promise<readonly string[]> {
    return (this.folders ??= this.connection.workspace.getWorkspaceFolders()
      .then((list) => (Array.isArray(list) ? list.map((f) => f?.uri).filter((u): u is string => typeof u === 'string') : []), () => []));
  }

  private async nearestConfigFile(uri: string): Promise<ConfigFileState | undefined> {
    if (!this.runtime.readFile) return undefined;
    for (const candidate of configCandidates(uri, await this.workspaceFolders())) {
      const state = await this.readConfigFile(candidate);
      if (state) return state;
    }
    return undefined;
  }

  /** A config file's state; undefined when there is none there (or something that is not a file, skipped with a notice). */
  private readConfigFile(uri: string): Promise<ConfigFileState | undefined> {
    const cached = this.files.get(uri);
    if (cached) return cached;
    const p: Promise<ConfigFileState | undefined> = this.runtime.readFile!(uri, MAX_CONFIG_SIZE).then((read) => {
      if (read === undefined) return undefined;
      if (typeof read !== 'string' && read.refused === 'not-a-file') {
        this.connection.console.warn(this.translations.for(this.clientLocale)(msg("{0} is not a regular file (a FIFO, a device or a folder); it is skipped", uri)));
        return undefined;
      }
      const text = typeof read === 'string' ? read : '';
      const parsed = typeof read === 'string' ? parseConfigFile(text, RULE_IDS)
        : { config: {}, problems: [{ start: 0, end: 0, message: msg("The configuration is larger than {0} bytes; defaults are used", MAX_CONFIG_SIZE) }] };
      const state = { uri, config: parsed.config, problems: parsed.problems, text };
      this.onConfigFile(state);
      return state;
    }, () => undefined);
    this.files.set(uri, p);
    return p;
  }
}
