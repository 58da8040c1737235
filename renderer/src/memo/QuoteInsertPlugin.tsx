// Puts evidence quotes into the memo: highlights dropped on the text (where they are dropped), and "Quote in
// memo" from elsewhere (at the caret, or where it last was when the memo is not in focus). Also the keys of a
// quote selected as a whole: Enter opens its passage, Delete or Backspace removes it.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  type BaseSelection,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { report } from '../status-store';
import { $isEvidenceQuoteNode, type EvidenceQuoteNode } from './EvidenceQuoteNode';
import { $insertQuotes } from './memo-insert';
import { carriesEvidence, droppedEvidence } from './memo-drag';
import { registerMemoTarget } from './quote-command';
import { quotableIds } from './resolve-drop';

interface Props {
  title: string;
  /** Whether the memo is on screen (else a quote goes in without taking focus, and says where it went). */
  shown: boolean;
  openSource(annotationId: string): void;
}

/** The DOM position under a point (the drop), by whichever API the browser has. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Puts the caret where a drop happened, so the quote goes there (the end of the memo when it cannot tell). */
function $caretAtDrop(x: number, y: number, root: HTMLElement | null): void {
  const at = caretAt(x, y);
  const node = at && root?.contains(at.node) ? $getNearestNodeFromDOMNode(at.node) : null;
  const selection = $createRangeSelection();
  if (node && $isTextNode(node)) {
    selection.anchor.set(node.getKey(), Math.min(at!.offset, node.getTextContentSize()), 'text');
    selection.focus.set(node.getKey(), Math.min(at!.offset, node.getTextContentSize()), 'text');
  } else if ($isElementNode(node) && !node.is($getRoot()) && node.isEmpty()) {
    // On an empty paragraph: in it (the quote then goes before it, and writing goes on in it).
    node.selectStart();
    return;
  } else if (node && !node.is($getRoot()) && node.getParent()) {
    // On a quote, or between blocks: after it.
    const parent = node.getParentOrThrow();
    selection.anchor.set(parent.getKey(), node.getIndexWithinParent() + 1, 'element');
    selection.focus.set(parent.getKey(), node.getIndexWithinParent() + 1, 'element');
  } else {
    const last = $getRoot().getLastChild();
    if ($isElementNode(last)) last.selectEnd();
    else $getRoot().selectEnd();
    return;
  }
  $setSelection(selection);
}

/** A remembered selection still fits the document when every node it names is still there. */
function $stillThere(selection: BaseSelection): boolean {
  try {
    selection.getNodes();
    return true;
  } catch {
    return false;
  }
}

/** The one quote selected as a whole, if that is what the selection is. */
function $selectedQuote(): EvidenceQuoteNode | null {
  const selection = $getSelection();
  if (!$isNodeSelection(selection)) return null;
  const nodes = selection.getNodes();
  return nodes.length === 1 && $isEvidenceQuoteNode(nodes[0]) ? nodes[0] : null;
}

function insertAtCaret(editor: LexicalEditor, annotationIds: readonly string[], last: BaseSelection | null, focus: boolean): void {
  editor.update(
    () => {
      if ($getSelection() === null) {
        if (last && $stillThere(last)) $setSelection(last.clone());
        else $getRoot().selectEnd();
      }
      $insertQuotes(annotationIds);
    },
    { onUpdate: focus ? () => editor.focus() : undefined },
  );
}

export function QuoteInsertPlugin({ title, shown, openSource }: Props) {
  const [editor] = useLexicalComposerContext();
  const last = useRef<BaseSelection | null>(null);
  const props = useRef({ title, shown, openSource });
  props.current = { title, shown, openSource };

  // Where the caret was last, for a quote asked for while the memo is not in focus.
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const selection = editorState.read(() => $getSelection());
        if ($isRangeSelection(selection) || $isNodeSelection(selection)) last.current = selection.clone();
      }),
    [editor],
  );

  // While evidence is dragged over the text, the page says it can be dropped there.
  useEffect(() => {
    const done = () => editor.getRootElement()?.removeAttribute('data-dropping');
    const leave = (event: DragEvent) => {
      const root = editor.getRootElement();
      if (root && !(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) done();
    };
    window.addEventListener('dragend', done);
    window.addEventListener('drop', done);
    const stop = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('dragleave', leave);
      root?.addEventListener('dragleave', leave);
    });
    return () => {
      window.removeEventListener('dragend', done);
      window.removeEventListener('drop', done);
      editor.getRootElement()?.removeEventListener('dragleave', leave);
      stop();
    };
  }, [editor]);

  useEffect(
    () =>
      registerMemoTarget({
        insert(annotationIds) {
          const { shown: visible, title: name } = props.current;
          insertAtCaret(editor, annotationIds, last.current, visible);
          report('info', `${annotationIds.length === 1 ? 'Quoted' : `${annotationIds.length} quotes put`} in “${name}”${visible ? '' : ' (Ctrl+Shift+M shows the memo)'}.`);
        },
      }),
    [editor],
  );

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!carriesEvidence(event)) return false;
            editor.getRootElement()?.setAttribute('data-dropping', '');
            event.preventDefault();
            // The window refuses drops that are not files; this one is the memo's.
            event.stopPropagation();
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            if (!carriesEvidence(event)) return false;
            editor.getRootElement()?.removeAttribute('data-dropping');
            event.preventDefault();
            event.stopPropagation();
            const dropped = droppedEvidence(event);
            const { clientX: x, clientY: y } = event;
            void quotableIds(dropped).then((ids) => {
              if (!ids || ids.length === 0) return;
              editor.update(
                () => {
                  $caretAtDrop(x, y, editor.getRootElement());
                  $insertQuotes(ids);
                },
                { onUpdate: () => editor.focus() },
              );
              report('info', `Quoted in “${props.current.title}”.`);
            });
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          KEY_ENTER_COMMAND,
          (event) => {
            const quote = $selectedQuote();
            if (!quote) return false;
            event?.preventDefault();
            props.current.openSource(quote.getAnnotationId());
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        ...[KEY_DELETE_COMMAND, KEY_BACKSPACE_COMMAND].map((command) =>
          editor.registerCommand(
            command,
            (event) => {
              const selection = $getSelection();
              if (!$isNodeSelection(selection) || !selection.getNodes().some($isEvidenceQuoteNode)) return false;
              event.preventDefault();
              const nodes = selection.getNodes();
              const after = nodes[nodes.length - 1]?.getNextSibling() ?? nodes[0]?.getPreviousSibling() ?? null;
              for (const node of nodes) node.remove();
              if ($isElementNode(after)) after.selectStart();
              return true;
            },
            COMMAND_PRIORITY_HIGH,
          ),
        ),
      ),
    [editor],
  );

  return null;
}
