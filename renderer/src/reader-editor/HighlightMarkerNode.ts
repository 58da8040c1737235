// A highlight drawn nowhere (others cover all of its words) still needs something to focus and click:
// a small inline tab of its colour, taking no text, so canonical offsets are unaffected.
import { $getDocument, $getEditor, DecoratorNode, nodeSchema, stringValue, withField, type NodeKey } from 'lexical';
import { decorateMarker, highlightDecor } from './highlight-decor';

const markerSchema = nodeSchema<HighlightMarkerNode>()({
  id: withField(stringValue(), { field: '__id' }),
});

export class HighlightMarkerNode extends DecoratorNode<null> {
  /** The annotation id: the only thing the node carries. */
  __id: string;

  override $config() {
    return this.config('reader-marker', { extends: DecoratorNode, json: markerSchema });
  }

  constructor(id = '', key?: NodeKey) {
    super(key);
    this.__id = id;
  }

  override createDOM(): HTMLElement {
    const element = $getDocument().createElement('mark');
    decorateMarker(element, this.__id, highlightDecor($getEditor()));
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override decorate(): null {
    return null;
  }

  override isInline(): true {
    return true;
  }
}

export function $createHighlightMarkerNode(id: string): HighlightMarkerNode {
  return new HighlightMarkerNode(id);
}
