// The open case's documents, messages and tags, every highlight (for the library's per-message counts
// and tag filter) and per-document highlight counts.
import { useCallback, useEffect, useState } from 'react';
import type { AnnotationView, DocumentSummary, MessageSummary, TagView } from '../../shared/model';
import { call } from './api';

export interface CaseData {
  loaded: boolean;
  documents: DocumentSummary[];
  messages: MessageSummary[];
  tags: TagView[];
  /** Every highlight of the case; undefined until first read. */
  highlights: readonly AnnotationView[] | undefined;
  counts: ReadonlyMap<number, number>;
}

const EMPTY: CaseData = { loaded: false, documents: [], messages: [], tags: [], highlights: undefined, counts: new Map() };

export function useCaseData(caseId: string) {
  const [data, setData] = useState<CaseData>(EMPTY);

  const refreshCounts = useCallback(async () => {
    const [annotations, tags] = await Promise.all([call('listAnnotations', {}), call('listTags', {})]);
    if (!annotations || !tags) return;
    const counts = new Map<number, number>();
    for (const a of annotations) counts.set(a.documentId, (counts.get(a.documentId) ?? 0) + 1);
    setData((d) => ({ ...d, tags, highlights: annotations, counts }));
  }, []);

  // Bumped after an import, so the library reads the case again.
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let current = true;
    if (version === 0) setData(EMPTY);
    void Promise.all([call('listDocuments', {}), call('listMessages', {})]).then(async ([documents, messages]) => {
      if (!current) return;
      setData((d) => ({ ...d, loaded: true, documents: documents ?? [], messages: messages ?? [] }));
      await refreshCounts();
    });
    return () => {
      current = false;
    };
  }, [caseId, refreshCounts, version]);

  return { data, refreshCounts, reload };
}
