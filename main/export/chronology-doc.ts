// The chronology as a document a brief can draw on: tagged passages in date order (the story of
// order → response → failure report), each quoted with its tags, note, links and pinpoint citation.
// Markdown here; chronology-pdf.ts sets the same entries, in the same words, as a PDF.
import { citationDate } from "../../shared/citation";
import { entryCitation } from "../../shared/chronology";
import type { ChronologyEntry } from "../../shared/model";

/** Markdown text is escaped where it would otherwise turn into markup. */
const md = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, "\\$1");

export interface ChronologyFilter {
  tag?: string;
  person?: string;
  /** The title of the one document the chronology is limited to. */
  document?: string;
}

/** "3 tagged passages (tag “order”), ordered by the date of their message." */
export function chronologySummary(count: number, filter: ChronologyFilter, quote: (s: string) => string = (s) => s): string {
  const scope = [
    filter.tag ? `tag “${quote(filter.tag)}”` : "",
    filter.person ? `person “${quote(filter.person)}”` : "",
    filter.document ? `document “${quote(filter.document)}”` : "",
  ]
    .filter(Boolean)
    .join(", ");
  return `${count} tagged passage${count === 1 ? "" : "s"}${scope ? ` (${scope})` : ""}, ordered by the date of their message.`;
}

/** The entry's heading after its number: "Feb. 10, 2017, 4:12 PM — order". */
export const entryWhen = (e: ChronologyEntry): string => (e.date ? citationDate(e.date) : "Undated");

/** Each link of an entry in words, naming the other end by its entry number. */
export function linkTexts(e: ChronologyEntry, numbers: ReadonlyMap<string, number>, quote: (s: string) => string = (s) => s): string[] {
  return e.links.map((link) => {
    const other = numbers.get(link.annotationId);
    const target = other ? `entry ${other}` : `a passage outside this chronology (${link.annotationId})`;
    return link.direction === "outgoing" ? `${quote(link.relation)} ${target}` : `${target} ${quote(link.relation)} this`;
  });
}

export const entryNumbers = (entries: readonly ChronologyEntry[]): Map<string, number> => new Map(entries.map((e, i) => [e.annotationId, i + 1]));

export function chronologyMarkdown(title: string, entries: readonly ChronologyEntry[], filter: ChronologyFilter = {}): string {
  const numbers = entryNumbers(entries);
  const lines = [`# Chronology: ${md(title)}`, ""];
  lines.push(chronologySummary(entries.length, filter, md), "");
  entries.forEach((e, i) => {
    lines.push(`## ${i + 1}. ${md(entryWhen(e))} — ${md(e.tags.join(", ") || "untagged")}`, "");
    lines.push(...e.quote.split("\n").map((l) => `> ${md(l)}`), "");
    if (e.note) lines.push(`Note: ${md(e.note).replace(/\n/g, "  \n")}`, "");
    for (const link of linkTexts(e, numbers, md)) lines.push(`- ${link}`);
    if (e.links.length) lines.push("");
    lines.push(`*${md(entryCitation(e))}*`, "");
  });
  return `${lines.join("\n").trimEnd()}\n`;
}
