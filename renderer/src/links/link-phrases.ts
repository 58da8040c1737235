// How a link reads from one of its ends: "responds to" from the reply, "responded to by" from the order.
import type { AnnotationLink, LinkRelation } from '../../../shared/model';

/** Each relation as its `to` end reads it. */
const INVERSE: Readonly<Record<LinkRelation, string>> = {
  'responds to': 'responded to by',
  fulfils: 'fulfilled by',
  'reports failure of': 'failure reported in',
  contradicts: 'contradicted by',
};

/** The relation as this end reads it: the relation itself from `from`, its inverse from `to`. */
export function relationPhrase(relation: LinkRelation, direction: AnnotationLink['direction']): string {
  return direction === 'outgoing' ? relation : INVERSE[relation];
}

/** "Responds to", for the start of a line. */
export function capitalized(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
