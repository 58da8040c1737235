// From PDF user space (where the importer's character and redaction boxes are) to CSS pixels on a page.
// Marks and text are laid out in an unrotated frame — x from the view box's left, y down from its top —
// and that frame is turned onto the page as pdf.js shows it (view box offset, /Rotate), so the same
// numbers serve every page; pdf.js's PageViewport does the same mapping for the canvas.
import type { Box } from './text-runs';

/** The page's view box in points (pdf.js's page.view) and its rotation (degrees, a multiple of 90). */
export interface PageFrame {
  view: [number, number, number, number];
  rotate: number;
}

/** Before pdf.js has read a page: its size as the importer measured it, unrotated, from the origin. */
export function plainFrame(width: number, height: number): PageFrame {
  return { view: [0, 0, width, height], rotate: 0 };
}

/** pdf.js's viewport transform for a view box, rotation and scale: user space → CSS px on the page. */
export function viewportTransform({ view, rotate }: PageFrame, scale: number): [number, number, number, number, number, number] {
  const [x0, y0, x1, y1] = view;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const r = ((rotate % 360) + 360) % 360;
  const [a, b, c, d] = r === 90 ? [0, 1, 1, 0] : r === 180 ? [-1, 0, 0, 1] : r === 270 ? [0, -1, -1, 0] : [1, 0, 0, -1];
  const sideways = a === 0;
  const offsetX = (sideways ? Math.abs(cy - y0) : Math.abs(cx - x0)) * scale;
  const offsetY = (sideways ? Math.abs(cx - x0) : Math.abs(cy - y0)) * scale;
  return [a * scale, b * scale, c * scale, d * scale, offsetX - a * scale * cx - c * scale * cy, offsetY - b * scale * cx - d * scale * cy];
}

/** The page's size on screen at a scale (rotated a quarter turn, width and height swap). */
export function shownSize({ view, rotate }: PageFrame, scale: number): { width: number; height: number } {
  const w = Math.abs(view[2] - view[0]) * scale;
  const h = Math.abs(view[3] - view[1]) * scale;
  return (((rotate % 180) + 180) % 180) === 90 ? { width: h, height: w } : { width: w, height: h };
}

/** The unrotated frame's size at a scale. */
export function frameSize({ view }: PageFrame, scale: number): { width: number; height: number } {
  return { width: Math.abs(view[2] - view[0]) * scale, height: Math.abs(view[3] - view[1]) * scale };
}

/** The CSS transform that turns the unrotated frame onto the page; null when none is needed. */
export function frameTransform(frame: PageFrame, scale: number): string | null {
  const [a, b, c, d, e, f] = viewportTransform(frame, scale);
  const [x0, , , y1] = frame.view;
  const m = [a / scale, b / scale, -c / scale, -d / scale, a * x0 + c * y1 + e, b * x0 + d * y1 + f].map((v) => Math.round(v * 1000) / 1000 + 0);
  if (m[0] === 1 && m[1] === 0 && m[2] === 0 && m[3] === 1 && m[4] === 0 && m[5] === 0) return null;
  return `matrix(${m.join(', ')})`;
}

export interface CssRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A box in half-points of user space as CSS px in the unrotated frame. */
export function boxToFrame(box: Box, frame: PageFrame, scale: number): CssRect {
  const [x0, , , y1] = frame.view;
  const left = (box.left / 2 - x0) * scale;
  const top = (y1 - box.top / 2) * scale;
  return { left, top, width: ((box.right - box.left) / 2) * scale, height: ((box.top - box.bottom) / 2) * scale };
}
