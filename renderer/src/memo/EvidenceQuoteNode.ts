// The evidence quote of a memo: a block Lexical node that keeps only a highlight's id and the parts of its quote
// the writer left out (shared/memo-state.ts); the words, tags and citation are read fresh from the case. The
// memo editor draws it (EvidenceQuoteView); without one (headless), it draws nothing.
import { $applyNodeReplacement, $getDocument, DecoratorNode, arrayValue, nodeSchema, numberValue, stringValue, withField, type LexicalNode, type NodeKey } from 'lexical';
import type { ReactElement } from 'react';
import { EVIDENCE_QUOTE } from '../../../shared/memo-state';

export type Omissions = readonly (readonly [number, number])[];

export interface EvidenceQuoteProps {
  nodeKey: string;
  annotationId: string;
  omissions: number[][];
}

/** How a quote is drawn: set by the memo editor. */
export const evidenceQuoteView: { render: ((props: EvidenceQuoteProps) => ReactElement) | null } = { render: null };

const evidenceSchema = nodeSchema<EvidenceQuoteNode>()({
  annotationId: withField(stringValue(), { field: '__annotationId' }),
  omissions: withField(arrayValue(arrayValue(numberValue(0, { integer: true }))), { field: '__omissions' }),
});

export class EvidenceQuoteNode extends DecoratorNode<ReactElement | null> {
  __annotationId: string;
  __omissions: number[][];

  override $config() {
    return this.config(EVIDENCE_QUOTE, { extends: DecoratorNode, json: evidenceSchema });
  }

  constructor(annotationId = '', omissions: Omissions = [], key?: NodeKey) {
    super(key);
    this.__annotationId = annotationId;
    this.__omissions = omissions.map(([start, end]) => [start, end]);
  }

  getAnnotationId(): string {
    return this.getLatest().__annotationId;
  }

  getOmissions(): [number, number][] {
    return this.getLatest().__omissions.map(([start, end]) => [start!, end!]);
  }

  setOmissions(omissions: Omissions): this {
    const self = this.getWritable();
    self.__omissions = omissions.map(([start, end]) => [start, end]);
    return self;
  }

  override createDOM(): HTMLElement {
    const element = $getDocument().createElement('div');
    element.className = 'evq-host';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override decorate(): ReactElement | null {
    return evidenceQuoteView.render?.({ nodeKey: this.getKey(), annotationId: this.__annotationId, omissions: this.__omissions }) ?? null;
  }
}

export function $createEvidenceQuoteNode(annotationId: string, omissions: Omissions = []): EvidenceQuoteNode {
  return $applyNodeReplacement(new EvidenceQuoteNode(annotationId, omissions));
}

export function $isEvidenceQuoteNode(node: LexicalNode | null | undefined): node is EvidenceQuoteNode {
  return node instanceof EvidenceQuoteNode;
}
