// Where things are on screen for caret browsing: the rectangle of a caret at a DOM point (Chromium draws
// no caret in read-only text, so the reader draws its own), the first visible position in the text, and
// scrolling a rectangle into view inside the reader's scrolling pane.
import { boundaryOffset, pointAt, textBounds, type DomPoint } from '../selection-offsets';

/** The rectangle of a caret at a point, from the characters around it when the collapsed range has none. */
function rectAt(node: Node, offset: number): DOMRect | null {
  const range = node.ownerDocument!.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const rects = range.getClientRects();
  const own = rects[rects.length - 1];
  if (own && own.height > 0) return own;
  const text = node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? '') : '';
  if (offset > 0 && text[offset - 1] !== '\n') {
    range.setStart(node, offset - 1);
    range.setEnd(node, offset);
    const all = range.getClientRects();
    const previous = all[all.length - 1];
    if (previous) return new DOMRect(previous.right, previous.top, 0, previous.height);
  }
  if (offset < text.length) {
    // The next character; a line break's own box starts where the empty line is.
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const next = range.getClientRects()[0];
    if (next) return new DOMRect(next.left, next.top, 0, next.height);
  }
  return null;
}

/**
 * Where to draw a caret for a point of root's text. The point is first moved into the text node that
 * holds its character (a point at the end of one run is drawn at the start of the next, as Chromium does).
 */
export function caretRect(root: Element, node: Node, offset: number): DOMRect | null {
  const canonical = boundaryOffset(root, node, offset);
  const point = canonical === null ? null : pointAt(root, canonical);
  return point ? rectAt(point.node, point.offset) : rectAt(node, offset);
}

/** The nearest ancestor that scrolls vertically: the pane the reader's text scrolls in. */
function scrollingPane(element: Element): HTMLElement | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const overflow = getComputedStyle(at).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return at;
  }
  return null;
}

/** Lines of context kept between the caret and the pane's edges (and the caret-browsing hint at its foot). */
const CONTEXT_LINES = 3;

/** Scrolls the reader's pane just enough to show a rectangle with a few lines around it. */
export function reveal(root: Element, rect: DOMRect): void {
  const pane = scrollingPane(root);
  if (!pane) return;
  const view = pane.getBoundingClientRect();
  const margin = Math.min(rect.height * CONTEXT_LINES, view.height / 3);
  if (rect.top < view.top + margin) pane.scrollTop -= view.top + margin - rect.top;
  else if (rect.bottom > view.bottom - margin) pane.scrollTop += rect.bottom - (view.bottom - margin);
}

function pointFromScreen(doc: Document, x: number, y: number): DomPoint | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The start of the first line of root's text that is in view (the text's start when that is in view). */
export function firstVisiblePoint(root: HTMLElement): DomPoint | null {
  const bounds = textBounds(root);
  if (!bounds) return null;
  const box = root.getBoundingClientRect();
  const pane = scrollingPane(root);
  const top = pane ? pane.getBoundingClientRect().top : 0;
  if (box.top < top) {
    const lineHeight = parseFloat(getComputedStyle(root).lineHeight) || 16;
    const hit = pointFromScreen(root.ownerDocument, box.left + 1, top + lineHeight / 2);
    const offset = hit && root.contains(hit.node) ? boundaryOffset(root, hit.node, hit.offset) : null;
    if (offset !== null) return pointAt(root, offset);
  }
  return pointAt(root, bounds.start);
}
