// The chronology's order: passages by the instant of their date (the sender's offset respected),
// undated ones last; ties by document and position, so the same case always tells the story the same way.
import { citation } from "./citation";
import type { ChronologyEntry } from "./model";

/** Milliseconds since the epoch, or null for no date or one that does not parse. */
export function instant(date: string | null): number | null {
  if (!date) return null;
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? null : ms;
}

type Ordered = Pick<ChronologyEntry, "date" | "documentId" | "start" | "end">;

export function compareChronology(a: Ordered, b: Ordered): number {
  const [x, y] = [instant(a.date), instant(b.date)];
  if (x === null || y === null) {
    if (x !== y) return x === null ? 1 : -1;
  } else if (x !== y) return x - y;
  return a.documentId - b.documentId || a.start - b.start || a.end - b.end;
}

export function sortChronology<T extends Ordered>(entries: readonly T[]): T[] {
  return [...entries].sort(compareChronology);
}

/** Whether a person filter names someone on the message: part of a name or address, any case. */
export function involves(people: readonly (string | null)[], person: string): boolean {
  const needle = person.trim().toLowerCase();
  if (!needle) return true;
  return people.some((p) => p !== null && p.toLowerCase().includes(needle));
}

/** A passage's pinpoint citation (shared/citation.ts) from its chronology entry. */
export function entryCitation(e: ChronologyEntry): string {
  return citation({ title: e.documentTitle, ...(e.messageId !== null ? { from: e.from, to: e.to, date: e.date } : {}), stamp: e.stamp ?? null, page: e.page ?? null });
}
