/**
 * What reaches a terminal from a report or a file name: control characters (ESC starts sequences that
 * recolour, retitle or clear the terminal; CR and LF forge lines) and bidirectional overrides (which reorder
 * what is shown) are written as escapes, \x1b, \u202e. Only our own colours stay raw.
 */
const CONTROLS = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => {
  const n = c.charCodeAt(0);
  return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
};

/** One line of output: no character of it can act on the terminal or start another line. */
export function safeLine(s: string): string {
  return s.replace(CONTROLS, escape);
}

/** A whole text (a draft written to a terminal): its tabs and line breaks stay, every other control is escaped. */
export function safeText(s: string): string {
  return s.replace(CONTROLS, (c) => (c === '\n' || c === '\r' || c === '\t' ? c : escape(c)));
}

/** A fix's before or after text, quoted and cut short for its one line: "四、", "\n", "" for nothing. */
export function quoteShort(s: string, max = 16): string {
  const chars = [...s];
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : s;
  const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return `"${safeLine(cut.replace(/[\\"\n\r\t]/g, (c) => named[c]))}"`;
}
