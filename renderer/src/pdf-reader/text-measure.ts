// Measures the text layer's font once, so a run's transparent span can be sized to the ink it lies
// over: the font size that makes the span's box as tall as the run's box, and the horizontal scale that
// makes its text as wide (as pdf.js's own text layer does).

/** The text layer's font; any font works, since the text is transparent and scaled to the ink. */
export const LAYER_FONT = 'sans-serif';
/** Widths are measured at this size (CSS px) and scaled: one measurement per string serves every zoom. */
const BASE = 100;
/** Measured strings kept; a page has a few dozen runs. */
const CACHE_LIMIT = 20_000;

let context: CanvasRenderingContext2D | null = null;
let boxRatio = 0;
const widths = new Map<string, number>();

function measurer(): CanvasRenderingContext2D | null {
  if (!context) {
    context = document.createElement('canvas').getContext('2d');
    if (context) context.font = `${BASE}px ${LAYER_FONT}`;
  }
  return context;
}

/** The height of a line box of the font per pixel of font size (ascent + descent, about 1.15). */
export function fontBoxRatio(): number {
  if (boxRatio === 0) {
    const m = measurer()?.measureText('Hg');
    const height = m ? m.fontBoundingBoxAscent + m.fontBoundingBoxDescent : 0;
    boxRatio = height > 0 ? height / BASE : 1.15;
  }
  return boxRatio;
}

/** How wide text is in the layer's font at a size, in CSS px. */
export function textWidth(text: string, fontSize: number): number {
  let width = widths.get(text);
  if (width === undefined) {
    width = measurer()?.measureText(text).width ?? text.length * BASE * 0.5;
    if (widths.size >= CACHE_LIMIT) widths.clear();
    widths.set(text, width);
  }
  return (width * fontSize) / BASE;
}
