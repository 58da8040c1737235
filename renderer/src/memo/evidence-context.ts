// What an evidence quote in the memo editor reads besides its own node: the case's evidence, its citation in
// the memo's order, and how to open its passage in the reader.
import { createContext, useContext } from 'react';
import type { MemoCitation } from '../../../shared/memo-citations';
import type { TagIndex } from '../tag-colors';
import type { EvidenceStore } from './evidence-store';

export interface EvidenceContextValue {
  store: EvidenceStore;
  /** The store's version when this value was made: quotes draw again when it changes. */
  version: number;
  /** Each evidence node's citation in memo order ("Id." for a repeat), by node key; undefined while unknown. */
  citations: ReadonlyMap<string, MemoCitation | null>;
  tags: TagIndex;
  /** Opens the highlight's passage in the reader. */
  openSource(annotationId: string): void;
}

export const EvidenceContext = createContext<EvidenceContextValue | null>(null);

export function useEvidence(): EvidenceContextValue {
  const value = useContext(EvidenceContext);
  if (!value) throw new Error('An evidence quote is shown outside a memo editor.');
  return value;
}
