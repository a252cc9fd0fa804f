import { translator, type Bundle, type Translator } from './core/l10n/message';

/** Reads the bundle of a locale (`l10n/bundle.l10n.<locale>.json`); undefined when there is none. */
export type BundleLoader = (locale: string) => Bundle | undefined;

/**
 * The translators of the server and the CLI, one per locale, each made on first use. A locale with no bundle of
 * its own reads its language's (zh-tw -> zh, then zh-cn, the bundle every Chinese office reads); English, the
 * language the messages are written in, needs none.
 */
export class Translations {
  private readonly byLocale = new Map<string, Translator>();

  constructor(private readonly load: BundleLoader) {}

  for(locale: string): Translator {
    const key = locale.toLowerCase();
    let t = this.byLocale.get(key);
    if (!t) {
      t = translator(this.bundleFor(key));
      this.byLocale.set(key, t);
    }
    return t;
  }

  private bundleFor(locale: string): Bundle | undefined {
    if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(locale)) return undefined;
    const language = locale.split('-')[0];
    if (language === 'en') return undefined;
    for (const candidate of [locale, language, language === 'zh' ? 'zh-cn' : '']) {
      if (!candidate) continue;
      const bundle = this.load(candidate);
      if (bundle) return bundle;
    }
    return undefined;
  }
}
