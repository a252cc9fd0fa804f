import type { Connection } from 'vscode-languageserver';
import type { WorkreportConfig, ResolvedConfig } from '../core/config/config';
import { parseConfigFile, resolveConfig } from '../core/config/config';
import { RULE_IDS } from '../core/rules/index';
import { fileKey, sectionFor } from '../core/config/fileSections';
import { normalizeLocale, type Translator } from '../core/l10n/message';
import { Translations } from '../l10n';
import type { RuntimeEnvironment } from '../runtime';

/** The workreport.* settings as the client sends them (resource-scoped). */
export interface EditorSettings extends WorkreportConfig {
  enable?: boolean;
  detect?: boolean;
  run?: 'onType' | 'onSave';
}

export const CONFIG_FILE = '.workreportrc.json';

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
}

/** file:///a/b/c/x.md -> file:///a/b/c/.workreportrc.json, file:///a/b/.workreportrc.json, … */
export function configCandidates(documentUri: string): string[] {
  const m = /^(file:\/\/[^/]*)(\/.*)$/.exec(documentUri);
  if (!m) return [];
  const parts = m[2].split('/').slice(0, -1);
  const out: string[] = [];
  for (let i = parts.length; i >= 1; i--) out.push(`${m[1]}${parts.slice(0, i).join('/') || ''}/${CONFIG_FILE}`);
  return out;
}

/**
 * Settings per document: VS Code settings, then the nearest .workreportrc.json (which wins, so the CLI and
 * the editor agree). Both are cached until the client says they changed.
 */
export class SettingsStore {
  private readonly editor = new Map<string, Promise<EditorSettings>>();
  private readonly files = new Map<string, Promise<ConfigFileState | undefined>>();
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
  }

  clearFiles(): void {
    this.files.clear();
  }

  async forDocument(uri: string): Promise<EffectiveSettings> {
    const editor = await this.editorSettings(uri);
    const file = await this.nearestConfigFile(uri);
    // The report's own section of the file's "files" goes over the file's settings.
    const config = resolveConfig(editor, file?.config, file && sectionFor(file.config.files, fileKey(file.uri, uri)));
    const localeSetting = file?.config.locale ?? editor.locale ?? 'auto';
    const locale = normalizeLocale(localeSetting, this.clientLocale);
    return { config, locale, tr: this.translations.for(locale), enable: editor.enable !== false, detect: editor.detect !== false, run: editor.run === 'onSave' ? 'onSave' : 'onType', configFile: file };
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

  private async nearestConfigFile(uri: string): Promise<ConfigFileState | undefined> {
    if (!this.runtime.readFile) return undefined;
    for (const candidate of configCandidates(uri)) {
      const state = await this.readConfigFile(candidate);
      if (state) return state;
    }
    return undefined;
  }

  private readConfigFile(uri: string): Promise<ConfigFileState | undefined> {
    const cached = this.files.get(uri);
    if (cached) return cached;
    const p: Promise<ConfigFileState | undefined> = this.runtime.readFile!(uri).then((text) => {
        if (text === undefined) return undefined;
        const parsed = parseConfigFile(text, RULE_IDS);
        const state = { uri, config: parsed.config, problems: parsed.problems, text };
        this.onConfigFile(state);
        return state;
      }, () => undefined);
    this.files.set(uri, p);
    return p;
  }
}
