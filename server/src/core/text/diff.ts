import type { TextEdit } from './edit';

/**
 * One edit turning `before` into `after` that replaces only what changed: the common prefix and suffix are
 * kept, so the editor keeps the cursor, the selection and the undo step of everything around the change
 * (source.fixAll hands the whole fixed text back this way).
 *
 * The edit never starts or ends inside a character an editor treats as one: a surrogate pair (𠮷, 😀) or a
 * CRLF line break. An offset between the halves of either is no position an editor can show.
 */
export function minimalEdit(before: string, after: string): TextEdit {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && (isHighSurrogate(before.charCodeAt(prefix - 1)) || isCrlfAt(before, prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const suffixStart = before.length - suffix;
  if (suffix > 0 && (isLowSurrogate(before.charCodeAt(suffixStart)) || isCrlfAt(before, suffixStart - 1))) suffix--;
  return { start: prefix, end: before.length - suffix, newText: after.slice(prefix, after.length - suffix) };
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const isCrlfAt = (text: string, offset: number) => text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10;
