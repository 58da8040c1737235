// The selectable text of a message or document in a read-only Lexical editor, highlights drawn in as
// MarkNodes. Every text run's element carries data-offset (its canonical start), which selection-offsets.ts
// reads back; the editor is never edited by the user, never owns the selection, and follows its props
// (ReaderContentPlugin). Caret browsing (use-caret-browsing.ts) makes a selection possible by keyboard.
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { forwardRef, memo, useCallback, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import type { AnnotationView } from '../../../shared/model';
import type { TagIndex } from '../tag-colors';
import type { FocusRequest } from '../use-highlights';
import { HighlightMarkerNode } from './HighlightMarkerNode';
import { HighlightMarkNode } from './HighlightMarkNode';
import { OffsetTextNode } from './OffsetTextNode';
import { ReaderContentPlugin } from './ReaderContentPlugin';
import { CARET_KEY, useCaretBrowsing } from './use-caret-browsing';

interface Props {
  id: string;
  text: string;
  from: number;
  to: number;
  highlights: readonly AnnotationView[];
  tags: TagIndex;
  focusRequest: FocusRequest | null;
  /** What a screen reader calls the text, e.g. "Message text". */
  label: string;
  /** A plain click on a highlight (not the end of a drag-selection). */
  onHighlightClick(id: string): void;
}

const EDITOR_CONFIG: InitialConfigType = {
  namespace: 'casemark-reader',
  editable: false,
  nodes: [OffsetTextNode, HighlightMarkNode, HighlightMarkerNode],
  theme: { paragraph: 'reader-paragraph' },
  // The content is built by ReaderContentPlugin before the first paint.
  editorState: null,
  onError: (error) => {
    throw error;
  },
};

const HINT = `Press ${CARET_KEY}, or an arrow key on a highlight, to move a caret through the text: Shift+arrows select (with Ctrl, by word; Shift+Home or End, to the line's end), 1–9 tag the selection, Tab goes to the next highlight, ${CARET_KEY} leaves.`;

/** The element that takes focus for a highlight: its first drawn run, or its marker. */
export function focusTarget(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-focus-for="${CSS.escape(id)}"]`);
}

const ReaderBody = forwardRef<HTMLDivElement, Props>(function ReaderBody({ id, text, from, to, highlights, tags, focusRequest, label, onHighlightClick }, ref) {
  const root = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => root.current!, []);
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const { caret, active } = useCaretBrowsing(root, layer, version);

  // After ReaderContentPlugin's update (a child, so its layout effect has run): the new elements exist.
  useLayoutEffect(() => {
    const element = root.current;
    if (!focusRequest || !element) return;
    const target = focusRequest.id ? focusTarget(element, focusRequest.id) : null;
    // Without a target (e.g. it was deleted) focus stays in the text, where the reader already is.
    target?.scrollIntoView({ block: 'nearest' });
    (target ?? element).focus({ preventScroll: true });
    // Only this request: later renders must not pull focus back.
  }, [focusRequest]);

  const hintId = `${id}-hint`;
  return (
    <div className="reader-body" ref={layer}>
      <ContentEditable
        ref={root}
        id={id}
        className="reader-text"
        role="region"
        aria-label={label}
        aria-describedby={hintId}
        // Lexical marks a read-only editor as a read-only text field; this is a region of text.
        aria-readonly={undefined}
        aria-autocomplete={undefined}
        spellCheck={false}
        tabIndex={-1}
        onClick={(event) => {
          const mark = (event.target as Element).closest<HTMLElement>('[data-annotation-id]');
          const selection = window.getSelection();
          if (mark && (!selection || selection.isCollapsed)) onHighlightClick(mark.dataset.annotationId!);
        }}
      />
      {/* After the editable element, so the editor has its root element when the content is first built. */}
      <ReaderContentPlugin text={text} from={from} to={to} highlights={highlights} tags={tags} onChanged={changed} />
      {caret ? <div className="reader-caret" aria-hidden="true" style={{ left: caret.left, top: caret.top, height: caret.height }} /> : null}
      <p id={hintId} className="reader-sr-only">
        {HINT}
      </p>
      {active ? (
        <p className="reader-caret-hint" aria-hidden="true">
          Caret browsing · Shift+arrows select · 1–9 tag · {CARET_KEY} leaves
        </p>
      ) : null}
    </div>
  );
});

export const ReaderText = memo(
  forwardRef<HTMLDivElement, Props>(function ReaderText(props, ref) {
    return (
      <LexicalComposer initialConfig={EDITOR_CONFIG}>
        <ReaderBody {...props} ref={ref} />
      </LexicalComposer>
    );
  }),
);
