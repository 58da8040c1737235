// The memo editor's Lexical setup apart from React: the nodes a memo may hold (links are kept as their text) and
// the theme classes memo-editor.css styles.
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { EditorThemeClasses, Klass, LexicalNode } from 'lexical';
import { EvidenceQuoteNode } from './EvidenceQuoteNode';

export const MEMO_NODES: ReadonlyArray<Klass<LexicalNode>> = [HeadingNode, QuoteNode, ListNode, ListItemNode, EvidenceQuoteNode];

export const MEMO_THEME: EditorThemeClasses = {
  paragraph: 'memo-p',
  quote: 'memo-blockquote',
  heading: { h1: 'memo-h1', h2: 'memo-h2', h3: 'memo-h3', h4: 'memo-h3', h5: 'memo-h3', h6: 'memo-h3' },
  list: {
    ul: 'memo-ul',
    ol: 'memo-ol',
    listitem: 'memo-li',
    nested: { listitem: 'memo-li-nested' },
  },
  text: { bold: 'memo-bold', italic: 'memo-italic', underline: 'memo-underline', strikethrough: 'memo-strike' },
};
