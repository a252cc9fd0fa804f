import type { OutlineNode } from './model';

/** Numbered children of a node grouped by level, each group in document order. */
export function siblingRuns(parent: OutlineNode): OutlineNode[][] {
  const byLevel = new Map<number, OutlineNode[]>();
  for (const c of parent.children) {
    if (!c.marker) continue;
    const run = byLevel.get(c.marker.level);
    if (run) run.push(c);
    else byLevel.set(c.marker.level, [c]);
  }
  return [...byLevel.values()];
}

/** Every node below and including `nodes`, depth first, as an array (cheaper than a generator in hot paths). */
export function walk(nodes: readonly OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const visit = (list: readonly OutlineNode[]) => {
    for (const n of list) {
      out.push(n);
      if (n.children.length) visit(n.children);
    }
  };
  visit(nodes);
  return out;
}
