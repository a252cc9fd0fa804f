/**
 * A string's UTF-16 code units, copied into memory the core can read as numbers. The mark scan reads every
 * character of a document; `charCodeAt` in a loop costs V8 a check of the string's representation at each
 * character, while a typed array read two units at a time does not. JavaScript has no standard way to copy a
 * string's UTF-16 units (TextEncoder writes UTF-8), so a host that has one installs it here: Node's
 * Buffer#write with 'utf16le' is a memory copy. Without one (a browser worker), the core reads the string.
 */

/**
 * Writes the UTF-16 code units of `text` at the start of `into`, little-endian, every unit as it is (a lone
 * surrogate too). `into` has room for all of them.
 */
export type Utf16Writer = (text: string, into: Uint8Array) => void;

let writer: Utf16Writer | undefined;

/**
 * The units are read back through typed arrays, which use the machine's byte order: the writer is used only on
 * a little-endian machine (every machine VS Code runs on), and the string is read elsewhere.
 */
const LITTLE_ENDIAN = /* @__PURE__ */ new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Installs the host's writer; undefined goes back to reading strings. */
export function setUtf16Writer(w: Utf16Writer | undefined): void {
  writer = w;
}

/** The installed writer, when one is installed and its output can be read on this machine. */
export function utf16Writer(): Utf16Writer | undefined {
  return LITTLE_ENDIAN ? writer : undefined;
}
