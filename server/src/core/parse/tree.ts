import { memoize, type OutlineNode, type ReportDocument } from './model';

/** Numbered children of a node grouped by level, each group in document order, groups in order of first appearance. */
export function siblingRuns(parent: OutlineNode): OutlineNode[][] {
  // Nearly every parent numbers its children at one level: one array, and a search among at most five runs
  // otherwise, not a Map and the spread of its values.
  const runs: OutlineNode[][] = [];
  const children = parent.children;
  for (let j = 0; j < children.length; j++) {
    const child = children[j];
    if (!child.marker) continue;
    const level = child.marker.level;
    let run: OutlineNode[] | undefined;
    for (let k = 0; k < runs.length; k++) {
      if (runs[k][0].marker!.level === level) {
        run = runs[k];
        break;
      }
    }
    if (run) run.push(child);
    else runs.push([child]);
  }
  return runs;
}

/**
 * Every node below and including `nodes`, depth first, as an array. Indexed loops, not for-of: a walk runs once
 * per document, too few times for V8 to optimise away the iterators' result objects (docs/performance.md).
 */
export function walk(nodes: readonly OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  visitAll(nodes, out);
  return out;
}

function visitAll(list: readonly OutlineNode[], out: OutlineNode[]): void {
  for (let j = 0; j < list.length; j++) {
    const node = list[j];
    out.push(node);
    if (node.children.length) visitAll(node.children, out);
  }
}

/** A node and its numbered children by level, as the numbering rules read them. */
export interface SiblingGroup {
  readonly parent: OutlineNode;
  readonly runs: readonly OutlineNode[][];
}

const GROUPS = Symbol('siblingGroups');

/**
 * Every node of the document that numbers children, with its sibling runs: computed once per document
 * and shared by the five rules that read them, rather than walked by each (docs/performance.md).
 */
export function siblingGroups(doc: ReportDocument): readonly SiblingGroup[] {
  return memoize(doc, GROUPS, () => {
    const out: SiblingGroup[] = [];
    const nodes = walk(doc.reports);
    for (let j = 0; j < nodes.length; j++) {
      const parent = nodes[j];
      const runs = siblingRuns(parent);
      if (runs.length) out.push({ parent, runs });
    }
    return out;
  });
}

/** Whether `node` is `ancestor` or lies below it. */
export function within(node: OutlineNode | undefined, ancestor: OutlineNode): boolean {
  for (let at = node; at; at = at.parent) if (at === ancestor) return true;
  return false;
}

/**
 * The nodes that own a paragraph other than a heading (neither their heading's line nor, for an appendix, its
 * title on a line of its own): the nodes that are not empty. The parser keeps no list of paragraphs per node
 * (see ParagraphTable); a node's paragraphs mostly follow each other, so the set is asked once a run.
 */
export function nodesWithContent(doc: ReportDocument): Set<OutlineNode> {
  const paragraphs = doc.paragraphs;
  const out = new Set<OutlineNode>();
  let last: OutlineNode | undefined;
  for (let p = 0; p < paragraphs.length; p++) {
    if (paragraphs.headingOf(p) !== undefined || paragraphs.kind(p) === 'heading') continue;
    const node = paragraphs.nodeOf(p);
    if (node !== last) out.add((last = node));
  }
  return out;
}
