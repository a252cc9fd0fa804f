import type { Utf16Writer } from '../core/text/utf16';

/**
 * Node's copy of a string's UTF-16 code units (see core/text/utf16.ts): Buffer#write with 'utf16le' copies
 * them as they are, lone surrogates included, with no per-character work in JavaScript.
 */
export const nodeUtf16Writer: Utf16Writer = (text, into) => {
  Buffer.from(into.buffer, into.byteOffset, into.byteLength).write(text, 'utf16le');
};
