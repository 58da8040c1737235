// Keeps the read-only reader editor's content in step with its props: when the text, the shown range,
// the highlights or the tags change what is drawn, it updates the content in one discrete update, and
// puts the reader's selection and keyboard focus back if they were in a part that was replaced.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG } from 'lexical';
import { useLayoutEffect, useRef } from 'react';
import type { AnnotationView } from '../../../shared/model';
import { layoutHighlights } from '../highlight-layout';
import { boundaryOffset, pointAt } from '../selection-offsets';
import type { TagIndex } from '../tag-colors';
import { pieceLook, setHighlightDecor, type HighlightDecor } from './highlight-decor';
import { $showReaderContent, firstRuns, isCurrent, type BuiltContent } from './reader-content';

interface Props {
  text: string;
  from: number;
  to: number;
  highlights: readonly AnnotationView[];
  tags: TagIndex;
  /** Called after each change of the content, once the new DOM is in place. */
  onChanged(): void;
}

interface Kept {
  selection: { anchor: number; focus: number } | null;
  /** The highlight that had focus (its data-focus-for), or "" for the text itself; null when focus was elsewhere. */
  focus: string | null;
}

/** The window's selection as canonical offsets, when both its ends are in root. */
function selectionIn(root: HTMLElement): Kept['selection'] {
  const selection = root.ownerDocument.getSelection();
  if (!selection?.anchorNode || !selection.focusNode || !root.contains(selection.anchorNode) || !root.contains(selection.focusNode)) return null;
  const anchor = boundaryOffset(root, selection.anchorNode, selection.anchorOffset);
  const focus = boundaryOffset(root, selection.focusNode, selection.focusOffset);
  return anchor === null || focus === null ? null : { anchor, focus };
}

function keep(root: HTMLElement): Kept {
  const active = root.ownerDocument.activeElement;
  const focus = active instanceof HTMLElement && root.contains(active) ? (active.dataset.focusFor ?? '') : null;
  return { selection: selectionIn(root), focus };
}

function restore(root: HTMLElement, kept: Kept): void {
  const { selection, focus } = kept;
  const now = selectionIn(root);
  if (selection && (now?.anchor !== selection.anchor || now.focus !== selection.focus)) {
    const anchor = pointAt(root, selection.anchor);
    const head = pointAt(root, selection.focus);
    if (anchor && head) root.ownerDocument.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, head.node, head.offset);
  }
  const active = root.ownerDocument.activeElement;
  // Focus was on an element that was replaced: give it to the same highlight's new element, else the text.
  if (focus !== null && (active === null || active === root.ownerDocument.body)) {
    const target = focus ? root.querySelector<HTMLElement>(`[data-focus-for="${CSS.escape(focus)}"]`) : null;
    (target ?? root).focus({ preventScroll: true });
  }
}

export function ReaderContentPlugin({ text, from, to, highlights, tags, onChanged }: Props) {
  const [editor] = useLexicalComposerContext();
  const built = useRef<BuiltContent | null>(null);

  useLayoutEffect(() => {
    // Orphaned highlights have no trustworthy place in the text; the sidebar lists them instead.
    const placed = highlights.filter((h) => h.status !== 'orphaned');
    const pieces = layoutHighlights(from, to, placed);
    const decor: HighlightDecor = { byId: new Map(highlights.map((h) => [h.id, h])), tags, firstRun: firstRuns(pieces) };
    const looks = pieces.map((piece) => pieceLook(piece, decor));
    // A reload that changes nothing drawn (a note saved, the same tags again) leaves the DOM alone.
    if (isCurrent(built.current, text, looks)) return;
    setHighlightDecor(editor, decor);
    const root = editor.getRootElement();
    const kept = root && built.current?.text === text ? keep(root) : null;
    editor.update(
      () => {
        built.current = $showReaderContent(built.current, text, pieces, looks);
      },
      { discrete: true, tag: [SKIP_DOM_SELECTION_TAG, SKIP_SCROLL_INTO_VIEW_TAG] },
    );
    if (root && kept) restore(root, kept);
    onChanged();
  }, [editor, text, from, to, highlights, tags, onChanged]);

  return null;
}
