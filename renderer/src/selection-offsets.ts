// Maps a DOM selection in the reader to canonical text offsets. The reader renders text only inside
// elements carrying data-offset (the canonical offset of their first character), so a boundary in a
// text node is that offset plus the offset within the node; a boundary between elements is the start
// of the next text (or the end of the previous one). pointAt goes the other way, from an offset to a DOM
// point. Pure: it reads the DOM and changes nothing.

export const OFFSET_ATTRIBUTE = 'data-offset';

export interface TextRange {
  start: number;
  end: number;
}

/** The element whose data-offset counts for a text node, if the node is part of the rendered text. */
function offsetHolder(text: Node, root: Element): Element | null {
  const parent = text.parentElement;
  const holder = parent?.closest(`[${OFFSET_ATTRIBUTE}]`) ?? null;
  return holder && root.contains(holder) ? holder : null;
}

function baseOf(holder: Element): number {
  return Number(holder.getAttribute(OFFSET_ATTRIBUTE));
}

/** Text nodes that belong to the rendered text, in document order. */
function textWalker(root: Element): TreeWalker {
  return root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (offsetHolder(node, root) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
}

/** The canonical offset where a text node of the rendered text starts (its holder may hold several). */
function textStart(text: Node, root: Element): number {
  const holder = offsetHolder(text, root)!;
  let offset = baseOf(holder);
  const walker = textWalker(holder);
  for (let node = walker.nextNode(); node && node !== text; node = walker.nextNode()) offset += node.nodeValue?.length ?? 0;
  return offset;
}

function textEnd(text: Node, root: Element): number {
  return textStart(text, root) + (text.nodeValue?.length ?? 0);
}

/** The first and last text of the rendered text, or null when there is none. */
function edges(root: Element): { first: Node; last: Node } | null {
  const walker = textWalker(root);
  const first = walker.nextNode();
  if (!first) return null;
  let last = first;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node;
  return { first, last };
}

/** The canonical offset of one boundary point; points outside root clamp to its first or last character. */
export function boundaryOffset(root: Element, node: Node, offset: number): number | null {
  const ends = edges(root);
  if (!ends) return null;
  const span = root.ownerDocument.createRange();
  span.selectNodeContents(root);
  let where: number;
  try {
    where = span.comparePoint(node, offset);
  } catch {
    // A point in another document or tree is not part of the text at all.
    return null;
  }
  if (where < 0) return textStart(ends.first, root);
  if (where > 0) return textEnd(ends.last, root);
  if (node.nodeType === Node.TEXT_NODE && offsetHolder(node, root)) {
    return textStart(node, root) + Math.min(offset, node.nodeValue?.length ?? 0);
  }
  // Between nodes: the start of the first text at or after the point, else the end of the last text.
  const point = root.ownerDocument.createRange();
  point.setStart(node, offset);
  const walker = textWalker(root);
  let before: Node | null = null;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (point.comparePoint(text, 0) >= 0) return textStart(text, root);
    before = text;
  }
  return before ? textEnd(before, root) : null;
}

/** The canonical [start, end) of a range, clamped to root's text; null when it selects none of it. */
export function rangeOffsets(root: Element, range: AbstractRange): TextRange | null {
  if (range.collapsed) return null;
  const start = boundaryOffset(root, range.startContainer, range.startOffset);
  const end = boundaryOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The canonical range of the window's current selection inside root, if any. */
export function selectionOffsets(root: Element): TextRange | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return rangeOffsets(root, selection.getRangeAt(0));
}

/** The canonical [start, end) of all of root's rendered text, or null when it shows none. */
export function textBounds(root: Element): TextRange | null {
  const ends = edges(root);
  return ends ? { start: textStart(ends.first, root), end: textEnd(ends.last, root) } : null;
}

export interface DomPoint {
  node: Node;
  offset: number;
}

/**
 * The DOM point of a canonical offset in root's text: inside the text node holding that character (at a
 * boundary between two nodes, the start of the later one; at the very end, the end of the last one), or
 * null when the offset is not part of the rendered text.
 */
export function pointAt(root: Element, offset: number): DomPoint | null {
  const walker = textWalker(root);
  let ending: DomPoint | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = textStart(node, root);
    const length = node.nodeValue?.length ?? 0;
    if (offset >= start && offset < start + length) return { node, offset: offset - start };
    if (offset === start + length) ending = { node, offset: length };
  }
  return ending;
}
