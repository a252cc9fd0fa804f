import type { OutlineNode } from '../parse/model';
import { numeralFor, type Marker } from '../parse/marker';
import { numberToChinese } from '../text/numerals';
import type { TextEdit } from '../text/edit';
import { siblingRuns, walk } from '../parse/tree';

/**
 * Renumbers a run of sibling markers of one level so they count start, start+1, …, rewriting only the
 * numeral: brackets, marks and the author's words stay as written (the level's written form is kept).
 * Glyph markers (㈠ ⑴ ⒈) are left to marker-bracket, which rewrites them whole.
 */
export function renumberRun(nodes: readonly OutlineNode[], start: number): TextEdit[] {
  const edits: TextEdit[] = [];
  let expected = start;
  for (const node of nodes) {
    const marker = node.marker!;
    if (marker.brackets !== 'glyph' && marker.value !== expected) {
      edits.push({ start: marker.numeralStart, end: marker.numeralEnd, newText: numeralFor(marker.level, expected, numberToChinese) });
    }
    expected++;
  }
  return edits;
}

/**
 * The marker with another value, as it should be written: “四、” -> “三、”, “(四)” -> “(三)” (the document may
 * write a level half-width). A wrong mark or mixed brackets are not copied (“三.” -> “二、”, “(三）” -> “（二）”):
 * a message naming the number due never repeats the author's typo as the form expected.
 */
export function markerWithValue(m: Marker, value: number): string {
  const numeral = numeralFor(m.level, value, numberToChinese);
  if (m.level === 1) return `${numeral}、`;
  if (m.level === 3) return numeral + (m.mark === '．' ? '．' : '.');
  if (m.level === 5) return numeral;
  return m.brackets === 'half' ? `(${numeral})` : `（${numeral}）`;
}

/**
 * Renumbers every run of siblings that lies in [start, end) (the whole document by default), keeping each
 * level's written form: the 工作报告：重新编号 command.
 */
export function renumberDocument(reports: readonly OutlineNode[], start = 0, end = Number.MAX_SAFE_INTEGER): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const parent of walk(reports)) {
    for (const run of siblingRuns(parent)) {
      const inside = run.filter((node) => node.range.start < end && node.range.end >= start);
      if (inside.length === 0) continue;
      edits.push(...renumberRun(run, 1));
    }
  }
  return edits;
}

/**
 * After a section is inserted in the middle (一 二 [三] 三 四), the siblings after it move on by one:
 * the 后续编号顺延 action. Returns no edits when the run already counts on from `node`.
 */
export function renumberFollowing(node: OutlineNode): TextEdit[] {
  if (!node.marker || !node.parent) return [];
  const run = node.parent.children.filter((sibling) => sibling.marker && sibling.marker.level === node.marker!.level);
  const at = run.indexOf(node);
  const edits: TextEdit[] = [];
  let expected = node.marker.value + 1;
  for (const sibling of run.slice(at + 1)) {
    const marker = sibling.marker!;
    if (marker.brackets !== 'glyph' && marker.value !== expected) edits.push({ start: marker.numeralStart, end: marker.numeralEnd, newText: numeralFor(marker.level, expected, numberToChinese) });
    expected++;
  }
  return edits;
}
