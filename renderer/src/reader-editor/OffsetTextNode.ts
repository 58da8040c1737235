// A run of the reader's canonical text as a Lexical text node. Its DOM carries data-offset (the canonical
// offset of its first character), which selection-offsets.ts reads to map a DOM selection back to offsets.
// Newlines stay inside the text ("\n" under white-space: pre-wrap), so every character, line breaks
// included, is one character of a DOM text node and offsets stay exact across lines.
import { nodeSchema, numberValue, TextNode, withField, type EditorConfig, type LexicalEditor, type NodeKey } from 'lexical';
import { OFFSET_ATTRIBUTE } from '../selection-offsets';

const offsetTextSchema = nodeSchema<OffsetTextNode>()({
  offset: withField(numberValue(0), { field: '__offset' }),
});

export class OffsetTextNode extends TextNode {
  /** The canonical offset of the node's first character. */
  __offset: number;

  override $config() {
    return this.config('reader-text', { extends: TextNode, json: offsetTextSchema });
  }

  constructor(text = '', offset = 0, key?: NodeKey) {
    super(text, key);
    this.__offset = offset;
  }

  getOffset(): number {
    return this.getLatest().__offset;
  }

  override createDOM(config: EditorConfig, editor?: LexicalEditor): HTMLElement {
    const dom = super.createDOM(config, editor);
    dom.setAttribute(OFFSET_ATTRIBUTE, String(this.__offset));
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    if (super.updateDOM(prevNode, dom, config)) return true;
    if (prevNode.__offset !== this.__offset) dom.setAttribute(OFFSET_ATTRIBUTE, String(this.__offset));
    return false;
  }

  // The reader's text is the record: it is never typed into, merged with its neighbours or split.
  override isUnmergeable(): boolean {
    return true;
  }
}

export function $createOffsetTextNode(text: string, offset: number): OffsetTextNode {
  return new OffsetTextNode(text, offset);
}
