import type { Rule } from '../lint/types';
import { numberingSequence } from './numbering-sequence';
import { numberingStart } from './numbering-start';
import { markerPunctuation } from './marker-punctuation';
import { markerBracket } from './marker-bracket';
import { markerStyle } from './marker-style';
import { levelOrder } from './level-order';
import { levelSkip } from './level-skip';
import { loneItem } from './lone-item';
import { emptySection } from './empty-section';
import { headingPunctuation } from './heading-punctuation';
import { requiredPart } from './required-part';
import { partOrder } from './part-order';
import { yearMismatch } from './year-mismatch';
import { brokenParagraph } from './broken-paragraph';
import { punctuationWidth } from './punctuation-width';
import { pairedMarks } from './paired-marks';
import { enumerationComma } from './enumeration-comma';
import { doubledPunctuation } from './doubled-punctuation';
import { dateFormat } from './date-format';
import { placeholderRule } from './placeholder';

/** Every rule, in the order of docs/rules.md. Ids are stable: settings, suppressions and CLI output use them. */
export const RULES: readonly Rule[] = [
  numberingSequence, numberingStart, markerPunctuation, markerBracket, markerStyle, levelOrder, levelSkip,
  loneItem, emptySection, headingPunctuation, requiredPart, partOrder, yearMismatch, brokenParagraph, placeholderRule,
  punctuationWidth, pairedMarks, enumerationComma, doubledPunctuation, dateFormat,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
