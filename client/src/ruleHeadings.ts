/** A rule's section in docs/rules.md: `### rule-id` and, on the next line, its name in bold (**序号不连续**). */
export interface RuleHeading {
  readonly id: string;
  /** The heading's line, 0-based. */
  readonly line: number;
  readonly title: string;
}

/** Every rule section of docs/rules.md, in order (no vscode import: the tests read the real file with it). */
export function ruleHeadings(markdown: string): RuleHeading[] {
  const lines = markdown.split(/\r?\n/);
  const headings: RuleHeading[] = [];
  lines.forEach((line, index) => {
    const m = /^###\s+([a-z][a-z0-9-]*)\s*$/.exec(line);
    if (m) headings.push({ id: m[1], line: index, title: /^\*\*(.+?)\*\*/.exec(lines[index + 1] ?? '')?.[1] ?? '' });
  });
  return headings;
}
