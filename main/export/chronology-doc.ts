// The chronology as a document a brief can draw on: tagged passages in date order (the story of
// order → response → failure report), each quoted with its tags, note, links and pinpoint citation.
import { citation, citationDate } from "../../shared/citation";
import type { ChronologyEntry } from "../../shared/model";

/** Markdown text is escaped where it would otherwise turn into markup. */
const md = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, "\\$1");

export function entryCitation(e: ChronologyEntry): string {
  return citation({ title: e.documentTitle, ...(e.messageId !== null ? { from: e.from, to: e.to, date: e.date } : {}), stamp: e.stamp ?? null, page: e.page ?? null });
}

export function chronologyMarkdown(title: string, entries: readonly ChronologyEntry[], filter: { tag?: string; person?: string } = {}): string {
  const number = new Map(entries.map((e, i) => [e.annotationId, i + 1]));
  const lines = [`# Chronology: ${md(title)}`, ""];
  const scope = [filter.tag ? `tag “${md(filter.tag)}”` : "", filter.person ? `person “${md(filter.person)}”` : ""].filter(Boolean).join(", ");
  lines.push(`${entries.length} tagged passage${entries.length === 1 ? "" : "s"}${scope ? ` (${scope})` : ""}, ordered by the date of their message.`, "");
  entries.forEach((e, i) => {
    const when = e.date ? citationDate(e.date) : "Undated";
    lines.push(`## ${i + 1}. ${md(when)} — ${md(e.tags.join(", ") || "untagged")}`, "");
    lines.push(...e.quote.split("\n").map((l) => `> ${md(l)}`), "");
    if (e.note) lines.push(`Note: ${md(e.note).replace(/\n/g, "  \n")}`, "");
    for (const link of e.links) {
      const other = number.get(link.annotationId);
      const target = other ? `entry ${other}` : `a passage outside this chronology (${link.annotationId})`;
      lines.push(link.direction === "outgoing" ? `- ${md(link.relation)} ${target}` : `- ${target} ${md(link.relation)} this`);
    }
    if (e.links.length) lines.push("");
    lines.push(`*${md(entryCitation(e))}*`, "");
  });
  return `${lines.join("\n").trimEnd()}\n`;
}
