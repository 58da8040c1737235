// The part of a memo a selection covers, as a memo editor state of its own (whole blocks around it, text cut
// at the selection's ends), so copying can write it out like the memo itself (shared/memo-blocks.ts).
import { $getRoot, $isElementNode, $isNodeSelection, $isRangeSelection, $isTextNode, type BaseSelection, type LexicalNode } from 'lexical';

interface Serialized {
  type: string;
  children?: Serialized[];
  [key: string]: unknown;
}

/** The selected part of the memo as editor-state JSON; null when nothing is selected. */
export function $selectedMemo(selection: BaseSelection | null): string | null {
  if (!selection) return null;
  if ($isRangeSelection(selection) && selection.isCollapsed()) return null;
  const nodes = selection.getNodes();
  if (nodes.length === 0) return null;
  const keys = new Set(nodes.map((n) => n.getKey()));
  // A node selected as a whole (a quote) is written whole, with all it holds.
  const whole = $isNodeSelection(selection);
  const range = $isRangeSelection(selection) ? (selection.isBackward() ? { start: selection.focus, end: selection.anchor } : { start: selection.anchor, end: selection.focus }) : null;

  const write = (node: LexicalNode, inside: boolean): Serialized | null => {
    const chosen = inside || keys.has(node.getKey());
    if ($isElementNode(node)) {
      const children = node
        .getChildren()
        .map((child) => write(child, whole && chosen))
        .filter((c): c is Serialized => c !== null);
      if (!chosen && children.length === 0) return null;
      return { ...(node.exportJSON() as Serialized), children };
    }
    if (!chosen) return null;
    const json = node.exportJSON() as Serialized;
    if (!$isTextNode(node) || !range) return json;
    const { start, end } = range;
    let text = node.getTextContent();
    const isStart = start.type === 'text' && start.key === node.getKey();
    const isEnd = end.type === 'text' && end.key === node.getKey();
    if (isStart && isEnd) text = text.slice(start.offset, end.offset);
    else if (isStart) text = text.slice(start.offset);
    else if (isEnd) text = text.slice(0, end.offset);
    return text === '' ? null : { ...json, text };
  };

  const children = $getRoot()
    .getChildren()
    .map((child) => write(child, false))
    .filter((c): c is Serialized => c !== null);
  if (children.length === 0) return null;
  return JSON.stringify({ root: { ...($getRoot().exportJSON() as Serialized), children } });
}
