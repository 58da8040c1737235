// The small floating toolbar: over a selection it offers the tags (colour, name, key) to create a
// highlight; over a focused highlight it re-tags it, opens its note or deletes it.
import { useLayoutEffect, useRef } from 'react';
import type { AnnotationView, TagView } from '../../shared/model';
import { TagSwatch } from './TagSwatch';
import type { ToolbarState } from './use-selection-toolbar';

interface Props {
  state: ToolbarState | null;
  tags: readonly TagView[];
  highlight: AnnotationView | undefined;
  onTag(tag: TagView): void;
  onEditNote(id: string): void;
  onDelete(id: string): void;
}

/** Space kept between the toolbar and the text it points at, in CSS pixels. */
const GAP = 8;
/** Never closer than this to the window's edge, in CSS pixels. */
const MARGIN = 8;

export function SelectionToolbar({ state, tags, highlight, onTag, onEditNote, onDelete }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  // Placed after measuring itself: above the text if it fits, else below; never off screen.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !state) return;
    const { width, height } = element.getBoundingClientRect();
    const { rect } = state;
    const above = rect.top - GAP - height;
    const top = above >= MARGIN ? above : rect.bottom + GAP;
    const centre = rect.left + rect.width / 2;
    const left = Math.min(Math.max(centre - width / 2, MARGIN), window.innerWidth - width - MARGIN);
    element.style.top = `${Math.round(top)}px`;
    element.style.left = `${Math.round(left)}px`;
  }, [state]);

  if (!state) return null;
  const editing = state.mode === 'edit';
  const applied = new Set(editing ? (highlight?.tags ?? []) : []);

  return (
    <div
      ref={ref}
      className="selection-toolbar"
      role="toolbar"
      aria-label={editing ? 'Re-tag or delete the highlight' : 'Highlight the selection as'}
      // Keeps the selection (or the focused highlight) while a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
    >
      <span className="selection-toolbar-label" aria-hidden="true">
        {editing ? 'Re-tag' : 'Tag as'}
      </span>
      {tags.map((tag) => (
        <button
          key={tag.id}
          type="button"
          className="toolbar-tag"
          tabIndex={-1}
          aria-pressed={editing ? applied.has(tag.path) : undefined}
          aria-keyshortcuts={tag.key ? String(tag.key) : undefined}
          title={tag.description || undefined}
          onClick={() => onTag(tag)}
        >
          <TagSwatch color={tag.color} />
          <span>{tag.name}</span>
          {tag.key ? <kbd>{tag.key}</kbd> : null}
        </button>
      ))}
      {state.mode === 'edit' ? (
        <>
          <span className="selection-toolbar-divider" aria-hidden="true" />
          <button type="button" className="toolbar-tag" tabIndex={-1} aria-keyshortcuts="Enter" onClick={() => onEditNote(state.id)}>
            Note <kbd>↵</kbd>
          </button>
          <button type="button" className="toolbar-tag toolbar-danger" tabIndex={-1} aria-keyshortcuts="Delete" onClick={() => onDelete(state.id)}>
            Delete <kbd>Del</kbd>
          </button>
        </>
      ) : null}
    </div>
  );
}
