// A clean PDF of a document that is not a PDF (an email, a text, a web page): its canonical text set by
// text-layout.ts (DejaVu Sans, wrapped and paginated with the title and page numbers), every
// character's box recorded as it is set, so highlights land on exactly their words.
import { TextLayout } from "./text-layout";

/** One rendered page: its range of the text and a box per UTF-16 unit (left, bottom, right, top, in points). */
export interface RenderedPage {
  pageIndex: number;
  start: number;
  end: number;
  boxes: Float32Array;
}

export async function renderTextPdf(text: string, title: string, boldUntil: (offset: number) => boolean = () => false): Promise<{ bytes: Uint8Array; pages: RenderedPage[] }> {
  const layout = await TextLayout.create(title);
  const boxes = new Float32Array(text.length * 4);
  const starts = [0];
  layout.text(text, {
    weight: (offset) => (boldUntil(offset) ? "bold" : "regular"),
    onBox: (offset, box) => boxes.set(box, offset * 4),
    onPageStart: (offset) => starts.push(offset),
  });
  const pages = starts.map((start, pageIndex) => {
    const end = starts[pageIndex + 1] ?? text.length;
    return { pageIndex, start, end, boxes: boxes.slice(start * 4, end * 4) };
  });
  return { bytes: await layout.save(), pages };
}
