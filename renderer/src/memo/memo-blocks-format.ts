// Turning the memo's blocks at the caret into headings, a block quote or plain paragraphs (and back), and
// reading which of them the caret is in, for the toolbar.
import { $isListNode, ListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isElementNode, $isParagraphNode, $isRangeSelection, $isRootOrShadowRoot, type ElementNode, type LexicalNode } from 'lexical';

export type BlockStyle = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote';
export type BlockKind = BlockStyle | 'bullet' | 'number' | 'other';

/** The block directly under the root that holds a node. */
function topBlock(node: LexicalNode): ElementNode | null {
  let at: LexicalNode | null = node;
  while (at) {
    const parent: ElementNode | null = at.getParent();
    if (parent === null || $isRootOrShadowRoot(parent)) return $isElementNode(at) ? at : null;
    at = parent;
  }
  return null;
}

/** What the block at the caret is. */
export function $blockKind(): BlockKind {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'other';
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  if (list) return list.getListType() === 'number' ? 'number' : list.getListType() === 'bullet' ? 'bullet' : 'other';
  const block = topBlock(anchor);
  if (!block) return 'other';
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h1' || tag === 'h2' ? tag : 'h3';
  }
  if ($isQuoteNode(block)) return 'quote';
  return $isParagraphNode(block) ? 'paragraph' : 'other';
}

function create(style: BlockStyle): ElementNode {
  if (style === 'paragraph') return $createParagraphNode();
  if (style === 'quote') return $createQuoteNode();
  return $createHeadingNode(style);
}

/** Makes every paragraph, heading or block quote the selection touches a block of this style (lists are left as they are). */
export function $setBlockStyle(style: BlockStyle): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const blocks = new Map<string, ElementNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes(), selection.focus.getNode()]) {
    const block = topBlock(node);
    if (block && !$isListNode(block) && ($isParagraphNode(block) || $isHeadingNode(block) || $isQuoteNode(block))) blocks.set(block.getKey(), block);
  }
  for (const block of blocks.values()) {
    const next = create(style);
    next.setFormat(block.getFormatType());
    next.setIndent(block.getIndent());
    block.replace(next, true);
  }
}
