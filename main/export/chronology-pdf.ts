// The chronology as a PDF, set by text-layout.ts like the printed emails: a title and what it covers,
// then each tagged passage numbered in date order — its date and tags, who wrote to whom and the
// subject, the quote marked by a bar in its first tag's colour, the note, the links to other entries,
// and the pinpoint citation — with page numbers. The words are those of the Markdown chronology.
import { rgb, type RGB } from "pdf-lib";
import type { ChronologyEntry } from "../../shared/model";
import { personName } from "../../shared/citation";
import { entryCitation } from "../../shared/chronology";
import { chronologySummary, entryNumbers, entryWhen, linkTexts, type ChronologyFilter } from "./chronology-doc";
import { GREY, TextLayout } from "./text-layout";

const UNTAGGED = rgb(1, 212 / 255, 59 / 255);

function colour(hex: string | undefined): RGB {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  return m ? rgb(parseInt(m[1]!, 16) / 255, parseInt(m[2]!, 16) / 255, parseInt(m[3]!, 16) / 255) : UNTAGGED;
}

/** "From A to B, C; cc D" — names only, as a reader says them. */
export function entryPeople(e: ChronologyEntry): string {
  const names = (list: readonly string[]) => list.map(personName).filter(Boolean).join(", ");
  const parts = [e.from ? `From ${personName(e.from)}` : "", e.to.length ? `to ${names(e.to)}` : "", e.cc.length ? `cc ${names(e.cc)}` : ""].filter(Boolean);
  return parts.join(" ").replace(/ cc /, "; cc ");
}

/** The chronology PDF; `colors` gives each tag path its colour (the quote's bar takes its first tag's). */
export async function chronologyPdf(title: string, entries: readonly ChronologyEntry[], filter: ChronologyFilter = {}, colors: ReadonlyMap<string, string> = new Map()): Promise<Uint8Array> {
  const layout = await TextLayout.create(`Chronology: ${title}`);
  const numbers = entryNumbers(entries);
  // The entries' text hangs right of their numbers: as far as the widest number needs.
  const INDENT = Math.max(22, Math.ceil(layout.measure(`${entries.length}.`, 12, "bold")) + 8);
  layout.text(`Chronology: ${title}`, { size: 16, weight: "bold" });
  layout.gap(4);
  layout.text(chronologySummary(entries.length, filter), { size: 10, color: GREY });
  layout.gap(10);
  entries.forEach((e, i) => {
    // A heading is never left alone at the foot of a page: it keeps its first lines with it.
    layout.keep(70);
    layout.rule();
    layout.text(`${i + 1}.`, { size: 12, weight: "bold", leading: 0 });
    layout.text(`${entryWhen(e)} — ${e.tags.join(", ") || "untagged"}`, { size: 12, weight: "bold", indent: INDENT });
    const people = entryPeople(e);
    if (people) layout.text(people, { size: 9, color: GREY, indent: INDENT });
    if (e.subject) layout.text(`Subject: ${e.subject}`, { size: 9, color: GREY, indent: INDENT });
    layout.gap(4);
    layout.text(e.quote, { size: 10, indent: INDENT + 12, bar: colour(colors.get(e.tags[0] ?? "")) });
    layout.gap(4);
    if (e.note) {
      layout.text(`Note: ${e.note}`, { size: 10, indent: INDENT, weight: (offset) => (offset < 5 ? "bold" : "regular") });
      layout.gap(2);
    }
    if (e.tags.length) layout.text(`Tags: ${e.tags.join(", ")}`, { size: 9, indent: INDENT });
    for (const link of linkTexts(e, numbers)) layout.text(`→ ${link}`, { size: 9, indent: INDENT });
    layout.gap(2);
    layout.text(entryCitation(e), { size: 9, color: GREY, indent: INDENT });
    layout.gap(12);
  });
  return layout.save();
}
