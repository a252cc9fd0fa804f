import type { Bundle } from '../core/l10n/message';
import type { BundleLoader } from '../l10n';

/**
 * Every l10n/bundle.l10n.<locale>.json, built into the worker's bundle by esbuild.mjs: a worker cannot read the
 * extension's folder, and the translations (13 KB for Chinese) cost less than a round trip through the client
 * for each locale. Code compiled by tsc alone (the tests) has none.
 */
declare const WORKREPORT_L10N_BUNDLES: Record<string, Bundle> | undefined;

const bundles: Record<string, Bundle> = typeof WORKREPORT_L10N_BUNDLES === 'object' && WORKREPORT_L10N_BUNDLES ? WORKREPORT_L10N_BUNDLES : {};

export const builtInBundles: BundleLoader = (locale) => (Object.prototype.hasOwnProperty.call(bundles, locale) ? bundles[locale] : undefined);
