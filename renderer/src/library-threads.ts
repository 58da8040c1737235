// The library's rows: the sorted items as they are, or grouped by thread — each thread of two or more listed
// messages under a header row (its first subject, how many, the days it spans, how many are reviewed) that can be collapsed.
import { sortTime } from './format';
import { localDay, type LibraryItem } from './library-items';
import { reviewOf } from './library-review';

export interface ThreadRow {
  kind: 'thread';
  key: string;
  threadId: number;
  /** The subject of the thread's earliest listed message. */
  subject: string;
  size: number;
  /** "10–12 Feb 2017": the days its listed messages were sent. */
  span: string;
  /** How many of its listed messages are reviewed, and flagged. */
  reviewed: number;
  flagged: number;
  expanded: boolean;
  level: 1;
  position: number;
  setSize: number;
}

export interface ItemRow {
  kind: 'item';
  key: string;
  item: LibraryItem;
  /** 2 under a thread header, else 1. */
  level: 1 | 2;
  /** The key of the thread row above it, when grouped. */
  thread: string | null;
  position: number;
  setSize: number;
}

export type LibraryRow = ThreadRow | ItemRow;

type MessageItem = Extract<LibraryItem, { kind: 'message' }>;

export const threadKey = (threadId: number) => `t${threadId}`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "10 Feb 2017", "10–12 Feb 2017", "28 Feb – 2 Mar 2017" or "30 Dec 2016 – 2 Jan 2017", from YYYY-MM-DD days. */
export function daySpan(first: string | null, last: string | null): string {
  if (first === null || last === null) return 'Undated';
  const [y1, m1, d1] = first.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = last.split('-').map(Number) as [number, number, number];
  const month = (m: number) => MONTHS[m - 1] ?? '';
  if (first === last) return `${d1} ${month(m1)} ${y1}`;
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${month(m1)} ${y1}`;
  if (y1 === y2) return `${d1} ${month(m1)} – ${d2} ${month(m2)} ${y1}`;
  return `${d1} ${month(m1)} ${y1} – ${d2} ${month(m2)} ${y2}`;
}

function describeThread(members: readonly MessageItem[]): { subject: string; span: string; reviewed: number; flagged: number } {
  let earliest = members[0]!;
  let first: string | null = null;
  let last: string | null = null;
  let reviewed = 0;
  let flagged = 0;
  for (const member of members) {
    const mark = reviewOf(member);
    if (mark.reviewed) reviewed += 1;
    if (mark.flagged) flagged += 1;
    const { date, id } = member.message;
    // Undated messages compare as Infinity; Infinity − Infinity is NaN, which falls through to the id.
    if ((sortTime(date) - sortTime(earliest.message.date) || id - earliest.message.id) < 0) earliest = member;
    const day = localDay(date);
    if (day === null) continue;
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  }
  return { subject: earliest.title, span: daySpan(first, last), reviewed, flagged };
}

/**
 * The rows to show. Grouped, threads keep the sort: a thread stands where its first message in the sorted
 * order would, its messages follow in that order, and documents without messages come after every thread.
 */
export function libraryRows(sorted: readonly LibraryItem[], grouped: boolean, collapsed: ReadonlySet<string>): LibraryRow[] {
  if (!grouped) {
    return sorted.map((item, i) => ({ kind: 'item', key: item.key, item, level: 1, thread: null, position: i + 1, setSize: sorted.length }));
  }
  const threads = new Map<number, MessageItem[]>();
  const documents: LibraryItem[] = [];
  for (const item of sorted) {
    if (item.kind !== 'message') {
      documents.push(item);
      continue;
    }
    const members = threads.get(item.message.threadId);
    if (members) members.push(item);
    else threads.set(item.message.threadId, [item]);
  }
  const setSize = threads.size + documents.length;
  const rows: LibraryRow[] = [];
  let position = 0;
  for (const [threadId, members] of threads) {
    position += 1;
    if (members.length === 1) {
      rows.push({ kind: 'item', key: members[0]!.key, item: members[0]!, level: 1, thread: null, position, setSize });
      continue;
    }
    const key = threadKey(threadId);
    const expanded = !collapsed.has(key);
    rows.push({ kind: 'thread', key, threadId, ...describeThread(members), size: members.length, expanded, level: 1, position, setSize });
    if (!expanded) continue;
    members.forEach((item, i) => rows.push({ kind: 'item', key: item.key, item, level: 2, thread: key, position: i + 1, setSize: members.length }));
  }
  for (const item of documents) {
    position += 1;
    rows.push({ kind: 'item', key: item.key, item, level: 1, thread: null, position, setSize });
  }
  return rows;
}
