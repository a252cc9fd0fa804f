import { BUILTIN_PROFILES } from '../../server/src/core/config/profiles';
import type { StatsResult } from '../../server/src/protocol';

/** The client's t(): English text with {0} {1} …, translated (a parameter here, so this module needs no vscode). */
export type Tr = (text: string, ...args: (string | number)[]) => string;

export interface ReportStatusInput {
  readonly languageId: string;
  /** workreport.enable for the document. */
  readonly enabled: boolean;
  /** workreport.detect for the document. */
  readonly detect: boolean;
  /** The server's answer: null when it does not read the document as a report. */
  readonly stats: StatsResult | null;
  /** workreport.profile and workreport.sessionYear in the editor's settings. */
  readonly profileSetting: string;
  readonly sessionYearSetting?: number | null;
  /** The .workreportrc.json in force, as the user reads its path; undefined when there is none. */
  readonly configFile?: string;
}

/** What clicking the item does: switch checks on, open the config file, or open the settings. */
export type StatusAction = 'toggle' | 'openConfig' | 'openSettings';

export interface ReportStatusView {
  readonly text: string;
  readonly detail: string;
  readonly action: StatusAction;
}

/**
 * The language status of a document: is it read as a report, as which kind, for which session year, with
 * which config file. The server's own answer (StatsResult.profile, sessionYear, configFile) is taken when it
 * gives one; a server that does not say leaves the settings, which a config file may override, so then only
 * what the settings decide is shown.
 */
export function describeReport(input: ReportStatusInput, t: Tr): ReportStatusView {
  if (!input.enabled) return { text: t('Checks off'), detail: t('workreport.enable is off here'), action: 'toggle' };
  const stats = input.stats;
  if (!stats) {
    const why = input.languageId === 'workreport' ? '' : input.detect ? t('its first lines hold no report title') : t('workreport.detect is off');
    return { text: t('Not read as a work report'), detail: why, action: 'openSettings' };
  }
  const kinds = kindsOf(input, stats, t);
  const details = [yearOf(input, stats, t), input.configFile ? t('config: {0}', input.configFile) : t('no .workreportrc.json')];
  return {
    text: kinds ? t('Checked as {0}', kinds) : t('Checked as a work report'),
    detail: details.filter((d) => d).join(' · '),
    action: input.configFile ? 'openConfig' : 'openSettings',
  };
}

/** A server that fills the new fields always says which config file applies (null for none). */
const serverTells = (stats: StatsResult) => stats.configFile !== undefined;

function kindsOf(input: ReportStatusInput, stats: StatsResult, t: Tr): string | undefined {
  if (serverTells(stats)) {
    const ids = unique(stats.reports.flatMap((r) => (typeof r.profile === 'string' ? [r.profile] : [])));
    return ids.length ? ids.map((id) => profileName(id, t)).join(t(', ')) : undefined;
  }
  if (input.configFile || input.profileSetting === 'auto') return undefined;
  return profileName(input.profileSetting, t);
}

function yearOf(input: ReportStatusInput, stats: StatsResult, t: Tr): string | undefined {
  if (serverTells(stats)) {
    const years = unique(stats.reports.flatMap((r) => (typeof r.sessionYear === 'number' ? [r.sessionYear] : [])));
    return years.length ? t('session year {0}', years.join(t(', '))) : t('session year unknown: set workreport.sessionYear');
  }
  if (input.configFile) return undefined;
  return typeof input.sessionYearSetting === 'number' ? t('session year {0}', input.sessionYearSetting) : t('session year from the date line or title');
}

/** A built-in profile by its name in the user's language; a profile of the user's own by its id. */
function profileName(id: string, t: Tr): string {
  return Object.prototype.hasOwnProperty.call(BUILTIN_PROFILES, id) ? t(BUILTIN_PROFILES[id as keyof typeof BUILTIN_PROFILES].name.text) : id;
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
