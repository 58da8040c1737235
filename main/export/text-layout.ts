// Sets text on the pages of Casemark's own printed PDFs (an email or a text, the chronology): DejaVu
// Sans regular and bold, and on request its obliques (shipped in resources/fonts, so most scripts print), lines wrapped at the last
// space that fits (mid-word when none does), pages added as they fill, and a running title and
// "Page n of N" on every page. Every character's box can be recorded as it is set, so highlights land
// on exactly their words. Characters the font lacks (CJK, emoji) print as a visible "□", never as nothing.
import fontkit from "@pdf-lib/fontkit";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from "pdf-lib";

const FONTS = fileURLToPath(new URL("../../resources/fonts/", import.meta.url));
/** US Letter, in points. */
export const PAGE = { width: 612, height: 792, margin: 64, top: 72, bottom: 64 };
const MISSING = "\u25A1";
export const INK = rgb(0.1, 0.1, 0.12);
export const GREY = rgb(0.4, 0.4, 0.45);

/** The face a character is set in; the two obliques only in a layout created with italics. */
export type Weight = "regular" | "bold" | "italic" | "bold-italic";
/** A character's box: left, bottom, right, top, in points. */
export type Box = [number, number, number, number];

/** How a run of text is set. */
export interface Block {
  /** Font size in points (10). */
  size?: number;
  /** Distance between baselines (1.4 × size). */
  leading?: number;
  /** Points right of the left margin. */
  indent?: number;
  color?: RGB;
  /** The weight of the character at an offset of the text (regular). */
  weight?: Weight | ((offset: number) => Weight);
  /** A bar in this colour left of the block's lines (a quotation). */
  bar?: RGB;
  /** Receives each UTF-16 unit's box as it is set (a line break has none; a space's is flat). */
  onBox?: (offset: number, box: Box) => void;
  /** Told when a line of this block begins a new page, with the offset of the line's first character. */
  onPageStart?: (offset: number) => void;
}

type Glyphs = { hasGlyphForCodePoint(cp: number): boolean };

/** What a character prints as: itself, four spaces for a tab, or □ when the font has no glyph. */
function printable(font: PDFFont, ch: string): string {
  if (ch === "\t") return "    ";
  const cp = ch.codePointAt(0)!;
  const glyphs = (font as unknown as { embedder: { font: Glyphs } }).embedder.font;
  return glyphs.hasGlyphForCodePoint(cp) ? ch : MISSING;
}

export class TextLayout {
  private page!: PDFPage;
  /** The baseline of the next line. */
  private y = 0;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Record<"regular" | "bold", PDFFont> & Partial<Record<Weight, PDFFont>>,
    private readonly title: string,
  ) {
    this.addPage();
  }

  /** A new document of one empty page, titled (in its metadata and atop every page). */
  static async create(title: string, options: { italics?: boolean } = {}): Promise<TextLayout> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    doc.setTitle(title);
    doc.setProducer("Casemark");
    const fonts = {
      regular: await doc.embedFont(readFileSync(`${FONTS}DejaVuSans.ttf`), { subset: true }),
      bold: await doc.embedFont(readFileSync(`${FONTS}DejaVuSans-Bold.ttf`), { subset: true }),
      // Embedded only when asked for: each face is a font file to read for every document printed.
      ...(options.italics
        ? {
            italic: await doc.embedFont(readFileSync(`${FONTS}DejaVuSans-Oblique.ttf`), { subset: true }),
            "bold-italic": await doc.embedFont(readFileSync(`${FONTS}DejaVuSans-BoldOblique.ttf`), { subset: true }),
          }
        : {}),
    };
    return new TextLayout(doc, fonts, title);
  }

  /** The font of a face; an oblique asked of a layout made without italics is a mistake in the caller. */
  private font(weight: Weight): PDFFont {
    const font = this.fonts[weight];
    if (!font) throw new Error(`TextLayout: the ${weight} face needs TextLayout.create(title, { italics: true })`);
    return font;
  }

  /** The page being filled, counted from 0. */
  get pageIndex(): number {
    return this.doc.getPageCount() - 1;
  }

  private addPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.top;
  }

  /** How wide a text is set in one weight and size, in points. */
  measure(text: string, size = 10, weight: Weight = "regular"): number {
    const font = this.font(weight);
    return [...text].reduce((w, ch) => w + font.widthOfTextAtSize(printable(font, ch), size), 0);
  }

  /** Moves down by `points` (space between paragraphs); never past the foot of the page. */
  gap(points: number): void {
    this.y = Math.max(this.y - points, PAGE.bottom - 1);
  }

  /** Starts a new page unless `points` of height remain above the foot (keeps a heading with what follows). */
  keep(points: number): void {
    if (this.y - points < PAGE.bottom && this.y < PAGE.height - PAGE.top) this.addPage();
  }

  /** A thin line across the text column. */
  rule(color: RGB = GREY): void {
    this.keep(8);
    this.page.drawLine({ start: { x: PAGE.margin, y: this.y + 8 }, end: { x: PAGE.width - PAGE.margin, y: this.y + 8 }, thickness: 0.5, color, opacity: 0.6 });
    this.gap(6);
  }

  /** Sets text from the current line on: "\n" ends a line, long lines wrap. */
  text(text: string, block: Block = {}): void {
    const size = block.size ?? 10;
    const leading = block.leading ?? size * 1.4;
    const left = PAGE.margin + (block.indent ?? 0);
    const right = PAGE.width - PAGE.margin;
    const weight = block.weight ?? "regular";
    const fontAt = (offset: number) => this.font(typeof weight === "string" ? weight : weight(offset));
    const color = block.color ?? INK;
    let i = 0;
    while (i < text.length) {
      if (this.y < PAGE.bottom) {
        this.addPage();
        block.onPageStart?.(i);
      }
      // Measure the line: it breaks at the last space that fits, or mid-word if none does.
      let x = left;
      let lineEnd = i;
      let lastSpace = -1;
      const widths: number[] = [];
      while (lineEnd < text.length && text[lineEnd] !== "\n") {
        const unit = text.codePointAt(lineEnd)! > 0xffff ? 2 : 1;
        const ch = text.slice(lineEnd, lineEnd + unit);
        const font = fontAt(lineEnd);
        const w = font.widthOfTextAtSize(printable(font, ch), size);
        if (x + w > right && lineEnd > i) {
          if (lastSpace > i) {
            widths.length = lastSpace + 1 - i;
            lineEnd = lastSpace + 1;
          }
          break;
        }
        if (ch === " ") lastSpace = lineEnd;
        for (let k = 0; k < unit; k++) widths.push(k === 0 ? w : 0);
        x += w;
        lineEnd += unit;
      }
      this.setLine(text, i, lineEnd, widths, { left, size, color, fontAt, onBox: block.onBox });
      if (block.bar) this.page.drawRectangle({ x: left - 9, y: this.y - size * 0.3, width: 2.5, height: leading, color: block.bar });
      this.y -= leading;
      // The line break (a character with no box) belongs to this line.
      i = lineEnd < text.length && text[lineEnd] === "\n" ? lineEnd + 1 : lineEnd;
    }
  }

  /** Draws text[from, to) on the current baseline in runs of one font, recording each character's box. */
  private setLine(
    text: string,
    from: number,
    to: number,
    widths: readonly number[],
    o: { left: number; size: number; color: RGB; fontAt: (offset: number) => PDFFont; onBox: Block["onBox"] },
  ): void {
    const y = this.y;
    let cx = o.left;
    let run = "";
    let runFont: PDFFont | null = null;
    let runX = cx;
    const flush = () => {
      if (run && runFont) this.page.drawText(run, { x: runX, y, size: o.size, font: runFont, color: o.color });
      run = "";
    };
    for (let k = from; k < to; k++) {
      const font = o.fontAt(k);
      if (font !== runFont) {
        flush();
        runFont = font;
        runX = cx;
      }
      const unit = text.codePointAt(k)! > 0xffff ? 2 : 1;
      const w = widths[k - from] ?? 0;
      const ch = text.slice(k, k + unit);
      run += printable(font, ch);
      if (o.onBox) {
        const box: Box = ch === " " ? [cx, y, cx + w, y] : [cx, y - o.size * 0.24, cx + w, y + o.size * 0.76];
        for (let u = 0; u < unit; u++) o.onBox(k + u, box);
      }
      cx += w;
      k += unit - 1;
    }
    flush();
  }

  /** Adds the running title and page numbers, and returns the file. */
  async save(): Promise<Uint8Array> {
    const all = this.doc.getPages();
    const font = this.fonts.regular;
    const shown = [...(this.title.length > 90 ? `${this.title.slice(0, 87)}…` : this.title)].map((ch) => printable(font, ch)).join("");
    all.forEach((p, n) => {
      p.drawText(shown, { x: PAGE.margin, y: PAGE.height - 40, size: 8, font, color: GREY });
      const label = `Page ${n + 1} of ${all.length}`;
      p.drawText(label, { x: PAGE.width - PAGE.margin - font.widthOfTextAtSize(label, 8), y: 36, size: 8, font, color: GREY });
    });
    return this.doc.save();
  }
}
