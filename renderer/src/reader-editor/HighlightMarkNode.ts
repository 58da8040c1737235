// A highlighted run of the reader's text: @lexical/mark's MarkNode (carrying only the ids of the highlights
// covering the run, the drawn one first), drawn as the reader's <mark class="hl"> with colour and focus.
import { MarkNode } from '@lexical/mark';
import { $getDocument, $getEditor, type LexicalNode } from 'lexical';
import { decorateRun, highlightDecor } from './highlight-decor';
import { OffsetTextNode } from './OffsetTextNode';

export class HighlightMarkNode extends MarkNode {
  override $config() {
    return this.config('reader-highlight', { extends: MarkNode });
  }

  override createDOM(): HTMLElement {
    const element = $getDocument().createElement('mark');
    const text = this.getFirstChild();
    decorateRun(element, this.getIDs(), text instanceof OffsetTextNode ? text.getOffset() : null, highlightDecor($getEditor()));
    return element;
  }

  // A run whose look changes is replaced (reader-content.ts), so one never changes in place.
  override updateDOM(): boolean {
    return false;
  }
}

export function $createHighlightMarkNode(ids: readonly string[]): HighlightMarkNode {
  return new HighlightMarkNode(ids);
}

export function $isHighlightMarkNode(node: LexicalNode | null | undefined): node is HighlightMarkNode {
  return node instanceof HighlightMarkNode;
}
