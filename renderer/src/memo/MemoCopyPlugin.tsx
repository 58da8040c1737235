// Copying (or cutting) from a memo gives rich text: after the editor's own copy, the HTML and plain text on
// the clipboard are replaced by the copied part written out with each quote's words and citation.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection } from 'lexical';
import { useEffect, useRef } from 'react';
import { memoBlocks } from '../../../shared/memo-blocks';
import { useEvidence } from './evidence-context';
import { clipboardContent } from './memo-clipboard';
import { $selectedMemo } from './memo-selection';

export function MemoCopyPlugin() {
  const [editor] = useLexicalComposerContext();
  const { store } = useEvidence();
  const storeRef = useRef(store);
  storeRef.current = store;

  useEffect(() => {
    // On the editor's parent, so it runs after the editor's own handler (which writes Lexical's format for pasting back in).
    const write = (event: ClipboardEvent) => {
      const root = editor.getRootElement();
      if (!event.clipboardData || !root || !(event.target instanceof Node) || !root.contains(event.target)) return;
      // Inside a quote's own controls (its words while shortening), the browser copies what is selected there.
      if (event.target instanceof Element && event.target.closest('.evq')) return;
      const json = editor.getEditorState().read(() => $selectedMemo($getSelection()));
      if (json === null) return;
      const { blocks, quotes } = memoBlocks(json);
      const store = storeRef.current;
      const content = clipboardContent(blocks, quotes, (id) => ({ evidence: store.get(id), lastQuote: store.lastQuote(id) }));
      event.clipboardData.setData('text/html', content.html);
      event.clipboardData.setData('text/plain', content.text);
      event.preventDefault();
    };
    let host: HTMLElement | null = null;
    const attach = (next: HTMLElement | null) => {
      host?.removeEventListener('copy', write);
      host?.removeEventListener('cut', write);
      host = next;
      host?.addEventListener('copy', write);
      host?.addEventListener('cut', write);
    };
    const stop = editor.registerRootListener((root) => attach(root?.parentElement ?? null));
    return () => {
      stop();
      attach(null);
    };
  }, [editor]);

  return null;
}
