// The memo's evidence quotes in document order (kept as the memo changes), their evidence asked of the store,
// and each one's citation in that order: the full citation first, "Id." for a repeat of the source before.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $dfs } from '@lexical/utils';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { memoCitations, type MemoCitation } from '../../../shared/memo-citations';
import type { EvidenceStore } from './evidence-store';
import { $isEvidenceQuoteNode, EvidenceQuoteNode } from './EvidenceQuoteNode';

interface Placed {
  key: string;
  annotationId: string;
}

const NO_CITATION = { citation: null, source: null, pinpoint: null };

function same(a: readonly Placed[], b: readonly Placed[]): boolean {
  return a.length === b.length && a.every((p, i) => p.key === b[i]!.key && p.annotationId === b[i]!.annotationId);
}

export function useEvidenceCitations(store: EvidenceStore): { version: number; citations: ReadonlyMap<string, MemoCitation | null> } {
  const [editor] = useLexicalComposerContext();
  const [order, setOrder] = useState<Placed[]>([]);

  useEffect(() => {
    const read = () => {
      const next = editor.getEditorState().read(() =>
        $dfs()
          .map(({ node }) => node)
          .filter($isEvidenceQuoteNode)
          .map((node) => ({ key: node.getKey(), annotationId: node.getAnnotationId() })),
      );
      setOrder((old) => (same(old, next) ? old : next));
    };
    read();
    // Quotes come, go and move only through their own nodes' mutations.
    return editor.registerMutationListener(EvidenceQuoteNode, read, { skipInitialization: true });
  }, [editor]);

  useEffect(() => store.want(order.map((p) => p.annotationId)), [store, order]);
  const version = useSyncExternalStore(store.subscribe, store.getVersion);

  const citations = useMemo(() => {
    const list = memoCitations(order.map((p) => store.get(p.annotationId) ?? NO_CITATION));
    const map = new Map<string, MemoCitation | null>();
    order.forEach((p, i) => {
      if (store.get(p.annotationId)) map.set(p.key, list[i] ?? null);
    });
    return map;
    // `version` tells when the store's answers changed.
  }, [order, store, version]);

  return { version, citations };
}
