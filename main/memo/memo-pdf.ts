// A memo as a PDF, set by text-layout.ts like Casemark's other printed PDFs: the title, headings,
// paragraphs (bold and italics kept), lists, block quotes, and each evidence quote indented with a bar and a
// superscript note number. The citations are endnotes: numbered under "Notes" after the memo's text,
// "Id." where a quote repeats the source just cited. A deleted or lost highlight says so in red.
import { rgb } from "pdf-lib";
import type { Block, Inline } from "../../shared/memo-blocks";
import { GREY, TextLayout, type Weight } from "../export/text-layout";
import type { ExportQuote, MemoExportData } from "./memo-export-data";

const BODY = 11;
const FLAG = rgb(0.75, 0, 0);
const QUOTE_BAR = rgb(0.6, 0.6, 0.65);
const HEADING_SIZES = [15, 13, 12, 11.5, 11, 11];
const LEVEL_INDENT = 18;
const QUOTE_INDENT = 36;
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** 12 → "¹²". */
export const superscript = (n: number) => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join("");

/** Text with the ranges set in bold and in italics, built run by run. */
class Styled {
  text = "";
  private bold: [number, number][] = [];
  private italic: [number, number][] = [];
  add(text: string, bold = false, italic = false): void {
    const range: [number, number] = [this.text.length, this.text.length + text.length];
    if (bold && text) this.bold.push(range);
    if (italic && text) this.italic.push(range);
    this.text += text;
  }
  weight = (offset: number): Weight => {
    const within = (ranges: [number, number][]) => ranges.some(([s, e]) => offset >= s && offset < e);
    const bold = within(this.bold);
    return within(this.italic) ? (bold ? "bold-italic" : "italic") : bold ? "bold" : "regular";
  };
}

/** A citation: "Id." (and "Id. at …"'s "Id.") in italics, as legal citation sets it. */
export function citationText(text: string): Styled {
  const s = new Styled();
  const id = /^Id\./.exec(text);
  if (id) s.add(id[0], false, true);
  s.add(text.slice(id ? id[0].length : 0));
  return s;
}

export async function memoPdf(data: MemoExportData): Promise<Uint8Array> {
  const layout = await TextLayout.create(data.title, { italics: true });

  const quoteInline = (s: Styled, q: ExportQuote) => {
    if (q.flag) s.add(q.text === null ? q.flag : `${q.flag} `, true);
    if (q.text !== null) s.add(`“${q.text.replace(/\n/g, " ")}”`);
    if (q.note !== null) s.add(superscript(q.note));
  };
  const styled = (inlines: readonly Inline[], bold = false): Styled => {
    const s = new Styled();
    for (const i of inlines) {
      if (i.kind === "break") s.add("\n");
      else if (i.kind === "quote") quoteInline(s, data.quotes[i.index]!);
      else s.add(i.text, bold || i.bold === true, i.italic === true);
    }
    return s;
  };

  const block = (b: Block) => {
    switch (b.kind) {
      case "heading": {
        const size = HEADING_SIZES[b.level - 1]!;
        // A heading is never left alone at the foot of a page.
        layout.keep(size * 4);
        layout.gap(size * 0.5);
        layout.text(styled(b.inlines, true).text, { size, weight: "bold" });
        layout.gap(4);
        return;
      }
      case "blockquote": {
        const s = styled(b.inlines);
        layout.text(s.text, { size: BODY - 0.5, indent: QUOTE_INDENT, weight: s.weight, bar: QUOTE_BAR });
        layout.gap(8);
        return;
      }
      case "evidence": {
        const q = data.quotes[b.quote.index]!;
        if (q.flag) layout.text(q.flag, { size: BODY - 1, indent: QUOTE_INDENT, weight: "bold", color: FLAG });
        if (q.text !== null || q.note !== null) layout.text(`${q.text ?? ""}${q.note !== null ? superscript(q.note) : ""}`, { size: BODY - 0.5, indent: QUOTE_INDENT, bar: QUOTE_BAR });
        layout.gap(8);
        return;
      }
      case "item": {
        const s = styled(b.inlines);
        const indent = LEVEL_INDENT * b.level;
        const marker = b.ordered ? `${b.number}.` : ["•", "◦", "▪"][b.level % 3]!;
        const box = b.checked === undefined ? "" : b.checked ? "☒ " : "☐ ";
        const hang = Math.max(LEVEL_INDENT, Math.ceil(layout.measure(marker, BODY)) + 6);
        layout.text(marker, { size: BODY, indent, leading: 0 });
        layout.text(`${box}${s.text}`, { size: BODY, indent: indent + hang, weight: (o) => (o < box.length ? "regular" : s.weight(o - box.length)) });
        layout.gap(3);
        return;
      }
      case "rule":
        layout.gap(4);
        layout.rule();
        return;
      case "paragraph": {
        const s = styled(b.inlines);
        if (!s.text.trim()) return;
        layout.text(s.text, { size: BODY, indent: LEVEL_INDENT * b.indent, weight: s.weight, leading: BODY * 1.45 });
        layout.gap(7);
        return;
      }
    }
  };

  layout.text(data.title, { size: 17, weight: "bold" });
  layout.gap(10);
  let previous: Block | null = null;
  for (const b of data.blocks) {
    // A list ends with a little space before what follows it (another list too).
    if (previous?.kind === "item" && (b.kind !== "item" || b.list !== previous.list)) layout.gap(5);
    block(b);
    previous = b;
  }

  const notes = data.quotes.filter((q) => q.note !== null && q.citation !== null);
  if (notes.length) {
    layout.gap(10);
    layout.keep(60);
    layout.rule();
    layout.text("Notes", { size: 12, weight: "bold" });
    layout.gap(4);
    const hang = Math.ceil(layout.measure(`${notes.length}.`, 9.5)) + 6;
    for (const q of notes) {
      layout.text(`${q.note}.`, { size: 9.5, leading: 0, color: GREY });
      const citation = citationText(q.citation!.text);
      layout.text(citation.text, { size: 9.5, indent: hang, weight: citation.weight });
      layout.gap(2);
    }
  }
  return layout.save();
}
