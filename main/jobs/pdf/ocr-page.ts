// OCR of a page without a text layer (tesseract.js, English data from an npm package — never fetched),
// giving canonical text with a box per character in PDF user space, like a text page.
import { createRequire } from "node:module";
import { createWorker, type InitOptions, type Worker as Tesseract } from "tesseract.js";
import { canonicalTextMapped } from "../../../shared/anchoring/normalize";
import { BOX_SCALE } from "./page-text";
import { withPdf, type PdfInput } from "./extract-pdf";
import { withPage, type OpenDocument, type Pdfium } from "./pdfium";
import { renderPageGray } from "./render-page";

/** Scans are read at 300 dpi, the resolution Tesseract is tuned for. */
const OCR_DPI = 300;

let tesseract: Promise<Tesseract> | undefined;

function ocrEngine(): Promise<Tesseract> {
  const eng = createRequire(import.meta.url)("@tesseract.js-data/eng") as { langPath: string; gzip: boolean };
  // cacheMethod "none": the language data is read from the package, nothing is written or downloaded.
  // debug_file: Tesseract's own diagnostics ("Image too small to scale!!") would otherwise reach the terminal.
  tesseract ??= createWorker("eng", 1, { langPath: eng.langPath, gzip: eng.gzip, cacheMethod: "none" }, { debug_file: "/dev/null" } as Partial<InitOptions>);
  return tesseract;
}

export interface OcrPage {
  index: number;
  width: number;
  height: number;
  text: string;
  boxes: Int16Array;
  /** Tesseract's mean word confidence, 0–100. */
  confidence: number;
}

export function ocrPdfPage(input: PdfInput & { index: number }): Promise<OcrPage> {
  return withPdf(input, (m, doc) => ocrPage(m, doc, input));
}

async function ocrPage(m: Pdfium, doc: OpenDocument, input: { index: number }): Promise<OcrPage> {
  const engine = await ocrEngine();
  const { width, height, rendered } = withPage(m, doc, input.index, (page) => ({
    width: m.FPDF_GetPageWidthF(page),
    height: m.FPDF_GetPageHeightF(page),
    rendered: renderPageGray(m, page, OCR_DPI),
  }));
  const { data } = await engine.recognize(rendered.png, {}, { blocks: true, text: false });
  const units: string[] = [];
  const raw: number[] = [];
  const push = (s: string, box: [number, number, number, number]) => {
    for (const ch of s) for (let k = 0; k < ch.length; k++) {
      units.push(ch[k]!);
      raw.push(...box);
    }
  };
  const NONE: [number, number, number, number] = [0, 0, 0, 0];
  // Device → page mapping needs the page loaded; boxes are computed while it is, with this handle:
  // the one it was rendered from was closed while Tesseract read it (and other jobs used PDFium).
  withPage(m, doc, input.index, (page) => {
    for (const block of data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          line.words.forEach((word, w) => {
            if (w > 0) push(" ", NONE);
            const chars = [...word.text];
            const [x0, y0] = rendered.toPage(page, word.bbox.x0, word.bbox.y1);
            const [x1, y1] = rendered.toPage(page, word.bbox.x1, word.bbox.y0);
            // Tesseract gives word boxes; characters share their word's width evenly.
            const step = (x1 - x0) / Math.max(1, chars.length);
            chars.forEach((ch, i) => push(ch, [x0 + i * step, Math.min(y0, y1), x0 + (i + 1) * step, Math.max(y0, y1)]));
          });
          push("\n", NONE);
        }
        push("\n", NONE);
      }
    }
  });
  const { text, map } = canonicalTextMapped(units.join(""));
  const boxes = new Int16Array(text.length * 4);
  for (let i = 0; i < text.length; i++) for (let k = 0; k < 4; k++) boxes[i * 4 + k] = Math.round(raw[map[i]! * 4 + k]! * BOX_SCALE);
  return { index: input.index, width, height, text, boxes, confidence: data.confidence };
}

/** Ends the OCR engine's own worker so the thread can exit. */
export async function stopOcr(): Promise<void> {
  const engine = tesseract;
  tesseract = undefined;
  if (engine) await (await engine).terminate();
}
