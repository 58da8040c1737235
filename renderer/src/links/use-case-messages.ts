// The case's messages for the sidebar (dates, senders and subjects of highlights): the ones given, else
// read from main once per change of the case's documents.
import { useEffect, useState } from 'react';
import type { DocumentSummary, MessageSummary } from '../../../shared/model';
import { call } from '../api';

const NONE: readonly MessageSummary[] = [];

export function useCaseMessages(given: readonly MessageSummary[] | undefined, documents: readonly DocumentSummary[]): readonly MessageSummary[] {
  const [read, setRead] = useState<readonly MessageSummary[]>(NONE);
  const needed = given === undefined && documents.length > 0;
  useEffect(() => {
    if (!needed) return;
    let current = true;
    void call('listMessages', {}).then((list) => {
      if (current && list) setRead(list);
    });
    return () => {
      current = false;
    };
  }, [needed, documents]);
  return given ?? read;
}
