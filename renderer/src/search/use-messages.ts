// The case's messages by id, read once when the search panel opens: the results' headings (subject,
// sender, date) and the sender and recipient suggestions come from them. Read again when `version`
// changes (the documents were read again, e.g. after an import).
import { useEffect, useState } from 'react';
import type { MessageSummary } from '../../../shared/model';
import { call } from '../api';

export function useMessages(version: unknown): ReadonlyMap<number, MessageSummary> {
  const [messages, setMessages] = useState<ReadonlyMap<number, MessageSummary>>(() => new Map());
  useEffect(() => {
    let current = true;
    void call('listMessages', {}).then((list) => {
      if (current && list) setMessages(new Map(list.map((m) => [m.id, m])));
    });
    return () => {
      current = false;
    };
  }, [version]);
  return messages;
}
