import * as fs from 'fs';
import * as path from 'path';
import { parseConfigFile, type WorkreportConfig } from '../core/config/config';
import { RULE_IDS } from '../core/rules/index';
import { positionOf } from '../core/text/position';
import { LineTable } from '../core/text/lines';
import { msg, type Translator } from '../core/l10n/message';

export const CONFIG_FILE = '.workreportrc.json';

export interface LoadedConfig {
  readonly file?: string;
  readonly config: WorkreportConfig;
  /** file:line:col message lines for a broken file. */
  readonly errors: string[];
}

/** Finds and reads .workreportrc.json upward from a file, as the editor does; cached per folder. */
export class ConfigLookup {
  private readonly byDir = new Map<string, LoadedConfig>();

  constructor(private readonly tr: Translator, private readonly explicit?: string) {}

  forFile(file: string): LoadedConfig {
    if (this.explicit) return this.load(path.resolve(this.explicit), true);
    return this.inDir(path.dirname(path.resolve(file)));
  }

  private inDir(dir: string): LoadedConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const candidate = path.join(dir, CONFIG_FILE);
    let result: LoadedConfig;
    if (fs.existsSync(candidate)) result = this.load(candidate, false);
    else {
      const parent = path.dirname(dir);
      result = parent === dir ? { config: {}, errors: [] } : this.inDir(parent);
    }
    this.byDir.set(dir, result);
    return result;
  }

  private load(file: string, mustExist: boolean): LoadedConfig {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return { file, config: {}, errors: mustExist ? [`${file}: ${this.tr(msg('cannot read the configuration file'))}`] : [] };
    }
    const parsed = parseConfigFile(text, RULE_IDS);
    const lines = new LineTable(text);
    const errors = parsed.problems.map((p) => {
      const pos = positionOf(lines, p.start);
      return `${file}:${pos.line + 1}:${pos.character + 1}: ${this.tr(p.message)}`;
    });
    return { file, config: parsed.config, errors };
  }
}
