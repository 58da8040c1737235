// A memo as a Word document (the `docx` package): title, headings, paragraphs with bold, italic,
// underline and strikethrough, bulleted, numbered and check lists, block quotes, and each evidence
// quote as an indented quotation whose citation is a real footnote ("Id." in italics where it
// repeats the source just cited). A quote whose highlight was deleted or lost says so in red.
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  TextRun,
  type INumberingOptions,
  type IRunOptions,
  type ParagraphChild,
} from "docx";
import type { Block, Inline, TextRun as MemoRun } from "../../shared/memo-blocks";
import { ID } from "../../shared/memo-citations";
import type { ExportQuote, MemoExportData } from "./memo-export-data";

const FONT = "Times New Roman";
/** Half-points. */
const BODY = 24;
const NOTE = 20;
/** Twentieths of a point: a block quotation is indented an inch on each side. */
const INCH = 1440;
const FLAG_COLOR = "C00000";
const BULLETS = ["•", "◦", "▪"];

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;
const ALIGN = { center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

function runOptions(r: MemoRun): IRunOptions {
  return {
    text: r.text,
    ...(r.bold ? { bold: true } : {}),
    ...(r.italic ? { italics: true } : {}),
    ...(r.underline ? { underline: {} } : {}),
    ...(r.strike ? { strike: true } : {}),
    ...(r.superscript ? { superScript: true } : {}),
    ...(r.subscript ? { subScript: true } : {}),
    ...(r.code ? { font: "Courier New" } : {}),
  };
}

/** A citation as footnote text: "Id." set in italics, the rest plain. */
function citationRuns(text: string, short: boolean): TextRun[] {
  if (!short) return [new TextRun({ text, size: NOTE })];
  return [new TextRun({ text: ID, italics: true, size: NOTE }), ...(text.length > ID.length ? [new TextRun({ text: text.slice(ID.length), size: NOTE })] : [])];
}

export async function memoDocx(data: MemoExportData): Promise<Uint8Array> {
  const footnotes: Record<string, { children: Paragraph[] }> = {};

  /** The quote's words (or its warning) and its footnote mark, as runs of a paragraph. */
  const quoteRuns = (q: ExportQuote, inline: boolean): ParagraphChild[] => {
    const runs: ParagraphChild[] = [];
    if (q.flag) runs.push(new TextRun({ text: q.text === null ? q.flag : `${q.flag} `, bold: true, color: FLAG_COLOR }));
    // Inline, a quote is one run of words; set apart, its paragraphs keep their breaks.
    if (q.text !== null && inline) runs.push(new TextRun(`“${q.text.replace(/\n/g, " ")}”`));
    else if (q.text !== null) q.text.split("\n").forEach((line, n) => runs.push(new TextRun({ text: line, ...(n > 0 ? { break: 1 } : {}) })));
    if (q.citation && q.note !== null) {
      footnotes[String(q.note)] = { children: [new Paragraph({ children: citationRuns(q.citation.text, q.citation.short) })] };
      runs.push(new FootnoteReferenceRun(q.note));
    }
    return runs;
  };

  const runs = (inlines: readonly Inline[]): ParagraphChild[] =>
    inlines.flatMap((i): ParagraphChild[] => {
      if (i.kind === "break") return [new TextRun({ text: "", break: 1 })];
      if (i.kind === "quote") return quoteRuns(data.quotes[i.index]!, true);
      if (!i.text.includes("\t")) return [new TextRun(runOptions(i))];
      // A tab in the text is a tab in Word.
      const { text: _text, ...format } = runOptions(i);
      return [new TextRun({ ...format, children: i.text.split("\t").flatMap((part, n) => (n > 0 ? [new Tab(), part] : [part])) })];
    });

  const orderedLists = new Map<number, number>();
  const paragraph = (b: Block): Paragraph => {
    switch (b.kind) {
      case "heading":
        return new Paragraph({ heading: HEADINGS[b.level - 1], children: runs(b.inlines) });
      case "blockquote":
        return new Paragraph({ style: "BlockQuote", children: runs(b.inlines) });
      case "evidence":
        return new Paragraph({ style: "EvidenceQuote", children: quoteRuns(data.quotes[b.quote.index]!, false) });
      case "item": {
        if (b.ordered && !orderedLists.has(b.list)) orderedLists.set(b.list, b.number);
        const box = b.checked === undefined ? [] : [new TextRun(b.checked ? "☒ " : "☐ ")];
        return new Paragraph({
          numbering: b.ordered ? { reference: `memo-numbers-${b.list}`, level: b.level } : { reference: "memo-bullets", level: b.level, instance: b.list },
          children: [...box, ...runs(b.inlines)],
        });
      }
      case "rule":
        return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun("*  *  *")] });
      case "paragraph":
        return new Paragraph({
          ...(b.align !== "left" ? { alignment: ALIGN[b.align] } : {}),
          ...(b.indent ? { indent: { left: (INCH / 2) * b.indent } } : {}),
          children: runs(b.inlines),
        });
    }
  };

  const body = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(data.title)] }), ...data.blocks.map(paragraph)];
  const level = (n: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, start = 1) => ({
    level: n,
    format,
    text,
    start,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: (INCH / 2) * (n + 1), hanging: INCH / 4 } } },
  });
  const numbering: INumberingOptions = {
    config: [
      { reference: "memo-bullets", levels: Array.from({ length: 9 }, (_, n) => level(n, LevelFormat.BULLET, BULLETS[n % BULLETS.length]!)) },
      ...[...orderedLists].map(([list, start]) => ({
        reference: `memo-numbers-${list}`,
        levels: Array.from({ length: 9 }, (_, n) => level(n, [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][n % 3]!, `%${n + 1}.`, n === 0 ? start : 1)),
      })),
    ],
  };

  const doc = new Document({
    title: data.title,
    creator: "Casemark",
    styles: {
      default: { document: { run: { font: FONT, size: BODY }, paragraph: { spacing: { after: 160, line: 276 } } }, footnoteText: { run: { font: FONT, size: NOTE } } },
      paragraphStyles: [
        { id: "EvidenceQuote", name: "Evidence Quote", basedOn: "Normal", next: "Normal", quickFormat: true, paragraph: { indent: { left: INCH, right: INCH }, spacing: { line: 240, after: 240 } } },
        { id: "BlockQuote", name: "Block Quote", basedOn: "Normal", next: "Normal", quickFormat: true, paragraph: { indent: { left: INCH, right: INCH }, spacing: { line: 240, after: 240 } } },
      ],
    },
    numbering,
    footnotes,
    sections: [{ properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: INCH, bottom: INCH, left: INCH, right: INCH } } }, children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
