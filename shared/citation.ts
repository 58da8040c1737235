// Pinpoint citations as lawyers write them for released records, e.g.
// "Email from A to B (Feb. 10, 2017, 4:12 PM), at 2017-ICLI-00026 000123".
import { DateTime } from "luxon";

export interface CitationSource {
  /** The document's title, for passages outside any message. */
  title: string;
  /** The message the passage is in, if any: "Name <address>" strings and its ISO date (sender's offset). */
  from?: string | null;
  to?: readonly string[];
  date?: string | null;
  /** Where it is: the page stamp (Bates number), else the 0-based page. */
  stamp?: string | null;
  page?: number | null;
}

/** The name of "Name <address>" (or the address when there is no name). */
export function personName(address: string | null | undefined): string {
  if (!address) return "";
  const m = /^(.*?)\s*<([^>]*)>$/.exec(address.trim());
  const name = (m ? m[1]?.trim() || m[2]?.trim() : address.trim()) ?? "";
  return name.replace(/^"(.*)"$/, "$1");
}

/** Month abbreviations of legal citation (Bluebook T12). */
const MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/** Legal style: "Feb. 10, 2017, 4:12 PM", in the sender's own time, as the record printed it. */
export function citationDate(iso: string): string {
  const d = DateTime.fromISO(iso, { setZone: true });
  if (!d.isValid) return iso;
  const short = MONTHS[d.month - 1]!;
  const time = d.hour === 0 && d.minute === 0 && d.second === 0 && !/T/.test(iso) ? "" : `, ${d.toFormat("h:mm a")}`;
  return `${short} ${d.day}, ${d.year}${time}`;
}

function recipients(to: readonly string[]): string {
  const names = to.map(personName).filter(Boolean);
  if (names.length === 0) return "";
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]} et al.`;
}

function pinpoint(s: CitationSource): string {
  if (s.stamp) return `, at ${s.stamp}`;
  if (s.page !== null && s.page !== undefined) return `, at ${s.page + 1}`;
  return "";
}

export function citation(s: CitationSource): string {
  if (s.from !== undefined || s.date !== undefined) {
    const from = personName(s.from);
    const to = recipients(s.to ?? []);
    const who = `${from ? ` from ${from}` : ""}${to ? ` to ${to}` : ""}`;
    const when = s.date ? ` (${citationDate(s.date)})` : "";
    return `Email${who}${when}${pinpoint(s)}`;
  }
  return `${s.title}${pinpoint(s)}`;
}
