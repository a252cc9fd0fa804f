import type { Message } from '../../server/src/core/l10n/message';
import { Translations } from '../../server/src/l10n';
import { diskBundles } from '../../server/src/node/bundles';

const translations = new Translations(diskBundles(__dirname));

/** A message as a Chinese user reads it (the checkout's l10n/bundle.l10n.zh-cn.json). */
export function zh(message: Message): string {
  return translations.for('zh-cn')(message);
}

/** A message as an English user reads it: the text as written. */
export function en(message: Message): string {
  return translations.for('en')(message);
}
