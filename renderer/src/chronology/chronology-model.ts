// The chronology's pure parts (an entry's citation is shared/chronology.ts's entryCitation): the people in it, the tag and person filters,
// the thread groups, and the chains that links make (order → response → failure report).
import type { ChronologyEntry } from '../../../shared/model';

/** What a date that is not the passage's own message's stands for. */
export function dateSourceNote(e: Pick<ChronologyEntry, 'date' | 'dateSource'>): string | null {
  if (!e.date) return null;
  if (e.dateSource === 'attachment') return 'date of the email it is attached to';
  if (e.dateSource === 'document') return 'date of the first dated email in its document';
  return null;
}

export interface Person {
  /** What the filter matches on: the address (any case), else the name. */
  key: string;
  label: string;
  /** How many passages have this person as sender or recipient. */
  count: number;
}

/** "Name <address>" split, with the key a person is known by. */
function parsePerson(s: string): { key: string; name: string; address: string } {
  const m = /^(.*?)\s*<([^>]*)>$/.exec(s.trim());
  const name = (m ? (m[1] ?? '') : s).trim().replace(/^"(.*)"$/, '$1');
  const address = (m ? (m[2] ?? '') : /@/.test(s) ? s : '').trim();
  return { key: (address || name).toLowerCase(), name: name || address, address };
}

function peopleKeys(e: ChronologyEntry): Set<string> {
  return new Set([e.from, ...e.to, ...e.cc].filter((p): p is string => !!p).map((p) => parsePerson(p).key));
}

/** Everyone who sent or received a passage's message, by name, each once. */
export function peopleOf(entries: readonly ChronologyEntry[]): Person[] {
  const found = new Map<string, { name: string; address: string; count: number }>();
  for (const e of entries) {
    const seen = new Set<string>();
    for (const p of [e.from, ...e.to, ...e.cc]) {
      if (!p) continue;
      const { key, name, address } = parsePerson(p);
      const known = found.get(key) ?? { name, address, count: 0 };
      if (!seen.has(key)) known.count++;
      seen.add(key);
      found.set(key, known);
    }
  }
  const names = new Map<string, number>();
  for (const p of found.values()) names.set(p.name, (names.get(p.name) ?? 0) + 1);
  return [...found.entries()]
    .map(([key, p]) => ({ key, label: (names.get(p.name) ?? 0) > 1 && p.address ? `${p.name} <${p.address}>` : p.name, count: p.count }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** A tag filter takes the tags below it too, as main's does ("order" takes "order/urgent"). */
export function hasTag(e: Pick<ChronologyEntry, 'tags'>, tag: string): boolean {
  const t = tag.toLowerCase();
  return e.tags.some((path) => path.toLowerCase() === t || path.toLowerCase().startsWith(`${t}/`));
}

export interface Filter {
  tag: string;
  /** A Person's key. */
  person: string;
}

export const NO_FILTER: Filter = { tag: '', person: '' };

export function filterEntries(entries: readonly ChronologyEntry[], filter: Filter): ChronologyEntry[] {
  return entries.filter((e) => (!filter.tag || hasTag(e, filter.tag)) && (!filter.person || peopleKeys(e).has(filter.person)));
}

export interface ThreadGroup {
  key: string;
  subject: string;
  entries: ChronologyEntry[];
}

/** Entries by thread, each group where its earliest passage falls (so undated groups come last). */
export function groupByThread(entries: readonly ChronologyEntry[]): ThreadGroup[] {
  const groups = new Map<string, ThreadGroup>();
  for (const e of entries) {
    const key = e.threadId !== null ? `thread:${e.threadId}` : 'none';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, subject: e.threadId !== null ? e.threadSubject || e.subject || '(no subject)' : 'Outside any email thread', entries: [] }));
    group.entries.push(e);
  }
  return [...groups.values()];
}

const REPLY_PREFIX = /^(?:\s*(?:re|fwd?|aw|wg)\s*:\s*)+/i;

/** Whether a message's subject says no more than its thread's ("RE: X" in thread "X"). */
export function sameSubject(a: string | null, b: string | null): boolean {
  const norm = (s: string | null) => (s ?? '').replace(REPLY_PREFIX, '').trim().toLowerCase();
  return norm(a) === norm(b);
}

export interface Chain {
  /** 1-based, in the order of the chains' first passages. */
  number: number;
  /** The linked passages, in date order. */
  steps: ChronologyEntry[];
}

/** Groups of passages connected by links (either way), two or more each, in date order. `entries` must be in date order. */
export function chainsOf(entries: readonly ChronologyEntry[]): Chain[] {
  const index = new Map(entries.map((e, i) => [e.annotationId, i]));
  const root = entries.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  entries.forEach((e, i) => {
    for (const link of e.links) {
      const j = index.get(link.annotationId);
      if (j !== undefined) root[find(i)] = find(j);
    }
  });
  const members = new Map<number, ChronologyEntry[]>();
  entries.forEach((e, i) => {
    const r = find(i);
    members.set(r, [...(members.get(r) ?? []), e]);
  });
  return [...members.values()].filter((steps) => steps.length > 1).map((steps, i) => ({ number: i + 1, steps }));
}
