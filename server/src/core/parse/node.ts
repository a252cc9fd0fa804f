import type { Marker } from './marker';
import type { HeaderLine, NodeType, PartRole, ProfileId, Span } from './model';
import type { YearSource } from './sessionYear';

/**
 * One node of the outline. Sections carry a marker; a part carries one too when it is itself a
 * numbered section (一、2024年工作回顾 in government reports: one node, two roles).
 *
 * Every node is made by this constructor, which sets every field (the optional ones to undefined) in one
 * order, so that all nodes share one shape and the rules that read them stay fast (see docs/performance.md).
 * The parser fills in the heading and flags as it reads; the tree's links change only through adopt().
 */
export class OutlineNode {
  readonly type: NodeType;
  /**
   * Outline depth of the marker (1-5); 0 for parts that hold 一、 sections (numbered or not) and appendices,
   * -1 for reports. A part that is itself the 一、 section (government reports) is 1. A passage is 6: below
   * every numbered level, so any numbered line ends it.
   */
  readonly level: number;
  /** 0-based line of the heading. */
  readonly line: number;
  readonly marker: Marker | undefined;
  /** The heading text without marker, markdown # or run-in body. */
  heading: string;
  headingRange: Span;
  /** From the heading line to the end of the node's last content. */
  range: Span;
  /** A heading that is the lead sentence of its paragraph (（二）多角度切入。常委会注重……) or ends in 。. */
  runIn: boolean;
  /** The item shares its line with an earlier sibling: (一)……；(二)……；(三)……。 */
  inline: boolean;
  /** A markdown heading line (# …). */
  markdown: boolean;
  /** Parts, appendices and the shortcomings passage have one; sections have none. */
  role: PartRole | undefined;
  /** The annual year a part heading names (2025年和“十四五”时期工作回顾 -> 2025; never a range or 2035年远景目标). */
  year: number | undefined;
  yearRange: Span | undefined;
  private parentNode: OutlineNode | undefined;
  private readonly childNodes: OutlineNode[];

  /**
   * @param headingRange where the heading stands; by default empty at `start`.
   * @param range from the heading line to the end of the content read so far; by default empty at `start`.
   */
  constructor(type: NodeType, level: number, line: number, start: number, marker?: Marker,
    headingRange: Span = { start, end: start }, range: Span = { start, end: start }) {
    this.type = type;
    this.level = level;
    this.line = line;
    this.marker = marker;
    this.heading = '';
    this.headingRange = headingRange;
    this.range = range;
    this.runIn = false;
    this.inline = false;
    this.markdown = false;
    this.role = undefined;
    this.year = undefined;
    this.yearRange = undefined;
    this.parentNode = undefined;
    this.childNodes = [];
  }

  get parent(): OutlineNode | undefined {
    return this.parentNode;
  }

  get children(): readonly OutlineNode[] {
    return this.childNodes;
  }

  /** Makes `child` this node's last child. */
  adopt(child: OutlineNode): void {
    child.parentNode = this;
    this.childNodes.push(child);
  }
}

/** A report: the root of its outline, with the header read before its first part. */
export class Report extends OutlineNode {
  declare readonly type: 'report';
  title: string;
  /** The date and meeting line (——2025年3月5日在……上), possibly over two lines. */
  dateLine: HeaderLine | undefined;
  /** The year in the date line. */
  dateYear: number | undefined;
  dateYearRange: Span | undefined;
  speaker: HeaderLine | undefined;
  /**
   * Session year Y as the document states it: the year most of `yearSources` name (a tie goes to the date
   * line, then the title). With the configured year too, and whether the sources agree: sessionYearOf().
   */
  sessionYear: number | undefined;
  /** Where the document names Y: date line, title (when it names one year), the plan part's heading. */
  yearSources: YearSource[];
  kind: ProfileId;
  /** The date line says 摘要: headings may stand without their bodies. */
  abstract: boolean;
  /** Header lines: title, date, speaker, noise — never body text. */
  headerEnd: number;
  readonly appendices: OutlineNode[];
  /** Closing exhortations (各位代表！……) after the last numbered section, by paragraph number. */
  readonly closing: number[];

  /** A report whose title stands on `line` (0 when it has none), starting at offset `start`. */
  constructor(line: number, start: number) {
    super('report', -1, line, start);
    this.title = '';
    this.dateLine = undefined;
    this.dateYear = undefined;
    this.dateYearRange = undefined;
    this.speaker = undefined;
    this.sessionYear = undefined;
    this.yearSources = [];
    this.kind = 'generic';
    this.abstract = false;
    this.headerEnd = line;
    this.appendices = [];
    this.closing = [];
  }
}
