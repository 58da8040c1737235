// A clean PDF of a document that is not a PDF (an email, a text, a web page): its canonical text set in
// DejaVu Sans (shipped in resources/fonts, so most scripts print), wrapped and paginated with the title
// and page numbers. Every character's box is recorded as it is set, so highlights land on exactly
// their words. Characters the font lacks (CJK, emoji) print as a visible "□", never as nothing.
import fontkit from "@pdf-lib/fontkit";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";

const FONTS = fileURLToPath(new URL("../../resources/fonts/", import.meta.url));
const PAGE = { width: 612, height: 792, margin: 64, top: 72, bottom: 64 };
const SIZE = 10;
const LEADING = 14;
const MISSING = "\u25A1";

/** One rendered page: its range of the text and a box per UTF-16 unit (left, bottom, right, top, in points). */
export interface RenderedPage {
  pageIndex: number;
  start: number;
  end: number;
  boxes: Float32Array;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

type Glyphs = { hasGlyphForCodePoint(cp: number): boolean };

/** What each character prints as: itself, four spaces for a tab, or □ when the font has no glyph. */
function printable(font: PDFFont, ch: string): string {
  if (ch === "\t") return "    ";
  const cp = ch.codePointAt(0)!;
  const glyphs = (font as unknown as { embedder: { font: Glyphs } }).embedder.font;
  return glyphs.hasGlyphForCodePoint(cp) ? ch : MISSING;
}

export async function renderTextPdf(text: string, title: string, boldUntil: (offset: number) => boolean = () => false): Promise<{ bytes: Uint8Array; pages: RenderedPage[] }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(title);
  doc.setProducer("Casemark");
  const fonts: Fonts = {
    regular: await doc.embedFont(readFileSync(`${FONTS}DejaVuSans.ttf`), { subset: true }),
    bold: await doc.embedFont(readFileSync(`${FONTS}DejaVuSans-Bold.ttf`), { subset: true }),
  };
  const maxWidth = PAGE.width - 2 * PAGE.margin;
  const pages: RenderedPage[] = [];
  const boxes = new Float32Array(text.length * 4);
  let page: PDFPage | null = null;
  let y = 0;
  let pageStart = 0;

  const newPage = (at: number) => {
    if (page) pages.push({ pageIndex: pages.length, start: pageStart, end: at, boxes: new Float32Array(0) });
    page = doc.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - PAGE.top;
    pageStart = at;
  };
  newPage(0);

  // Characters are set one line at a time; a line breaks at the last space that fits, or mid-word if none does.
  let i = 0;
  while (i < text.length) {
    if (y < PAGE.bottom) newPage(i);
    let x = PAGE.margin;
    let lineEnd = i;
    let lastSpace = -1;
    const widths: number[] = [];
    while (lineEnd < text.length && text[lineEnd] !== "\n") {
      const unit = text.codePointAt(lineEnd)! > 0xffff ? 2 : 1;
      const ch = text.slice(lineEnd, lineEnd + unit);
      const font = boldUntil(lineEnd) ? fonts.bold : fonts.regular;
      const w = font.widthOfTextAtSize(printable(font, ch), SIZE);
      if (x + w > PAGE.margin + maxWidth && lineEnd > i) {
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
    // Draw the line in runs of one font, recording each character's box.
    let cx = PAGE.margin;
    let run = "";
    let runFont: PDFFont | null = null;
    let runX = cx;
    const flush = () => {
      if (run && runFont) page!.drawText(run, { x: runX, y, size: SIZE, font: runFont, color: rgb(0.1, 0.1, 0.12) });
      run = "";
    };
    for (let k = i; k < lineEnd; k++) {
      const font = boldUntil(k) ? fonts.bold : fonts.regular;
      if (font !== runFont) {
        flush();
        runFont = font;
        runX = cx;
      }
      const unit = text.codePointAt(k)! > 0xffff ? 2 : 1;
      const w = widths[k - i] ?? 0;
      const ch = text.slice(k, k + unit);
      run += printable(font, ch);
      for (let u = 0; u < unit; u++) boxes.set([cx, y - SIZE * 0.24, cx + w, y + SIZE * 0.76], (k + u) * 4);
      if (ch === " ") boxes.set([cx, y, cx + w, y], k * 4);
      cx += w;
      k += unit - 1;
    }
    flush();
    y -= LEADING;
    // The line break (a character with no box) belongs to this line.
    i = lineEnd < text.length && text[lineEnd] === "\n" ? lineEnd + 1 : lineEnd;
  }
  pages.push({ pageIndex: pages.length, start: pageStart, end: text.length, boxes: new Float32Array(0) });

  const all = doc.getPages();
  all.forEach((p, n) => {
    const shown = [...(title.length > 90 ? `${title.slice(0, 87)}…` : title)].map((ch) => printable(fonts.regular, ch)).join("");
    p.drawText(shown, { x: PAGE.margin, y: PAGE.height - 40, size: 8, font: fonts.regular, color: rgb(0.4, 0.4, 0.45) });
    const label = `Page ${n + 1} of ${all.length}`;
    p.drawText(label, { x: PAGE.width - PAGE.margin - fonts.regular.widthOfTextAtSize(label, 8), y: 36, size: 8, font: fonts.regular, color: rgb(0.4, 0.4, 0.45) });
  });
  for (const p of pages) p.boxes = boxes.slice(p.start * 4, p.end * 4);
  return { bytes: await doc.save(), pages };
}
