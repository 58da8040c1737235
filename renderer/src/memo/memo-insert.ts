// Where evidence quotes go in the memo's text: blocks of their own at the caret, in order (splitting the
// paragraph the caret is in; at an empty paragraph, just before it). The caret then goes after them.
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $createParagraphNode, $getRoot, $getSelection, $isElementNode, $isParagraphNode, $isRangeSelection } from 'lexical';
import { $createEvidenceQuoteNode, type EvidenceQuoteNode } from './EvidenceQuoteNode';

export function $insertQuotes(annotationIds: readonly string[]): void {
  if (annotationIds.length === 0) return;
  if ($getSelection() === null) $getRoot().selectEnd();
  const selection = $getSelection();
  const block = $isRangeSelection(selection) && selection.isCollapsed() ? selection.anchor.getNode().getTopLevelElement() : null;
  const emptyParagraph = $isParagraphNode(block) && block.getChildrenSize() === 0 ? block : null;
  let last: EvidenceQuoteNode | null = null;
  for (const id of annotationIds) {
    const node = $createEvidenceQuoteNode(id);
    if (last) last.insertAfter(node);
    else if (emptyParagraph) emptyParagraph.insertBefore(node);
    else $insertNodeToNearestRoot(node);
    last = node.getLatest();
  }
  // Writing goes on after the quotes: in the block that follows, or a new paragraph.
  const next = last!.getNextSibling();
  if ($isElementNode(next)) next.selectStart();
  else {
    const paragraph = $createParagraphNode();
    last!.insertAfter(paragraph);
    paragraph.select();
  }
}
