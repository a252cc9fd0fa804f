import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CONFIG_FILE_NAME, parseConfigFile, type WorkreportConfig } from '../core/config/config';
import { RULE_IDS } from '../core/rules/index';
import { positionOf } from '../core/text/position';
import { LineTable } from '../core/text/lines';
import { msg, type Translator } from '../core/l10n/message';
import { readRegularFile } from '../node/safeWrite';
import { decodeReport } from './files';

/** A configuration file is a few hundred bytes; one of megabytes is not one (or is /dev/zero behind a link). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedConfig {
  readonly file?: string;
  readonly config: WorkreportConfig;
  /** file:line:col message lines for a broken or unreadable file (exit 2). */
  readonly errors: string[];
  /** Files the search passed over, and why (the run goes on). */
  readonly notices: string[];
}

const NONE: LoadedConfig = { config: {}, errors: [], notices: [] };

function exists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * A folder any user can write (/tmp, /var/tmp, /dev/shm): a configuration there may be anyone's, so the search
 * neither reads it nor goes above. (Windows reports no such bit.)
 */
function sharedFolder(dir: string): boolean {
  if (process.platform === 'win32') return false;
  try {
    return (fs.statSync(dir).mode & 0o002) !== 0;
  } catch {
    return true;
  }
}

/**
 * Finds and reads .workreportrc.json upward from a file, as the editor does, cached per folder. The search
 * ends at the repository root (a folder holding .git) or the home folder, both included, and never reaches
 * the file system's root or passes a folder every user can write: a /tmp/.workreportrc.json anyone can
 * create must not switch rules off for everything under /tmp.
 */
export class ConfigLookup {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly home = path.resolve(os.homedir());

  constructor(private readonly tr: Translator, private readonly explicit?: string) {}

  forFile(file: string): LoadedConfig {
    if (this.explicit) return this.cached(this.explicit, () => this.load(this.explicit!));
    return this.inDir(path.dirname(path.resolve(file)));
  }

  private cached(key: string, compute: () => LoadedConfig): LoadedConfig {
    let found = this.byDir.get(key);
    if (!found) this.byDir.set(key, (found = compute()));
    return found;
  }

  private inDir(dir: string): LoadedConfig {
    return this.cached(dir, () => {
      const parent = path.dirname(dir);
      if (parent === dir) return NONE;
      const candidate = path.join(dir, CONFIG_FILE_NAME);
      if (sharedFolder(dir)) {
        if (!exists(candidate)) return NONE;
        return { ...NONE, notices: [`${candidate}: ${this.tr(msg('ignored: its folder is writable by every user'))}`] };
      }
      if (exists(candidate)) return this.load(candidate);
      if (dir === this.home || exists(path.join(dir, '.git'))) return NONE;
      return this.inDir(parent);
    });
  }

  /** Reads one file: only a regular file under the cap, never blocking on a FIFO or a device. */
  private load(file: string): LoadedConfig {
    const read = readRegularFile(file, MAX_CONFIG_BYTES);
    const decoded = read.ok ? decodeReport(read.value.bytes) : read;
    if (!decoded.ok) return { file, config: {}, errors: [`${file}: ${this.tr(msg('configuration not read: {0}', decoded.reason))}`], notices: [] };
    const parsed = parseConfigFile(decoded.text, RULE_IDS);
    const lines = new LineTable(decoded.text);
    const errors = parsed.problems.map((p) => {
      const pos = positionOf(lines, p.start);
      return `${file}:${pos.line + 1}:${pos.character + 1}: ${this.tr(p.message)}`;
    });
    return { file, config: parsed.config, errors, notices: [] };
  }
}
