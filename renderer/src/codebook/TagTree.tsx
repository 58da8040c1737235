// The codebook's tags as a tree: one row per tag (colour, name, key, highlights, description), sub-tags
// indented under their parent. Arrows move, Home/End jump, Left goes to the parent, Right to the first
// sub-tag; F2 or Enter renames in place (Enter saves, Escape cancels), Delete asks to delete.
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { TagView } from '../../../shared/model';
import { TagSwatch } from '../TagSwatch';
import { plural, type TreeRow } from './tag-tree';

export interface FocusRequest {
  id: number;
  serial: number;
}

interface Props {
  rows: readonly TreeRow[];
  selectedId: number | null;
  renamingId: number | null;
  focusRequest: FocusRequest | null;
  onSelect(id: number): void;
  onStartRename(id: number): void;
  onCancelRename(): void;
  /** Saves a new name; false (main refused, the reason shown) keeps the field open with what was typed. */
  onRename(tag: TagView, name: string): Promise<boolean>;
  onDelete(tag: TagView): void;
}

export const rowId = (id: number) => `codebook-tag-${id}`;

export function TagTree({ rows, selectedId, renamingId, focusRequest, onSelect, onStartRename, onCancelRename, onRename, onDelete }: Props) {
  const handled = useRef(0);

  // Focus follows a request (after a change, a rename, a merge) once the row is there.
  useEffect(() => {
    if (!focusRequest || focusRequest.serial === handled.current) return;
    const row = document.getElementById(rowId(focusRequest.id));
    if (!row) return;
    handled.current = focusRequest.serial;
    row.focus();
  }, [focusRequest, rows]);

  const move = (id: number) => {
    onSelect(id);
    document.getElementById(rowId(id))?.focus();
  };

  const onKey = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (event.target !== event.currentTarget) return;
    const row = rows[index]!;
    let target: TreeRow | undefined;
    switch (event.key) {
      case 'ArrowDown':
        target = rows[index + 1];
        break;
      case 'ArrowUp':
        target = rows[index - 1];
        break;
      case 'Home':
        target = rows[0];
        break;
      case 'End':
        target = rows[rows.length - 1];
        break;
      case 'ArrowLeft':
        target = rows.find((r) => r.tag.path === row.parent);
        break;
      case 'ArrowRight':
        target = row.hasChildren ? rows[index + 1] : undefined;
        break;
      case 'F2':
      case 'Enter':
        event.preventDefault();
        onStartRename(row.tag.id);
        return;
      case 'Delete':
        event.preventDefault();
        onDelete(row.tag);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (target) move(target.tag.id);
  };

  const tabbable = rows.some((r) => r.tag.id === selectedId) ? selectedId : (rows[0]?.tag.id ?? null);

  return (
    <ul className="codebook-tree" role="tree" aria-label="Tags" aria-describedby="codebook-tree-help">
      {rows.map((row, index) => {
        const { tag } = row;
        const selected = tag.id === selectedId;
        return (
          <li
            key={tag.id}
            id={rowId(tag.id)}
            role="treeitem"
            className="codebook-row"
            aria-level={row.level}
            aria-posinset={row.position}
            aria-setsize={row.siblings}
            aria-selected={selected}
            aria-label={`${tag.name}${tag.key ? `, key ${tag.key}` : ''}, ${plural(tag.count, 'highlight')}`}
            title={tag.description || undefined}
            tabIndex={tag.id === tabbable ? 0 : -1}
            style={{ '--level': row.level - 1 } as CSSProperties}
            onClick={() => onSelect(tag.id)}
            onDoubleClick={(event) => {
              if (event.target instanceof HTMLInputElement) return;
              onStartRename(tag.id);
            }}
            onKeyDown={(event) => onKey(event, index)}
          >
            <span className="codebook-tag">
              <TagSwatch color={tag.color} />
              {tag.id === renamingId ? (
                <RenameField tag={tag} onSave={(name) => onRename(tag, name)} onCancel={onCancelRename} />
              ) : (
                <span className="codebook-name">{tag.name}</span>
              )}
            </span>
            <span className="codebook-key" aria-hidden="true">
              {tag.key ? <kbd>{tag.key}</kbd> : null}
            </span>
            <span className="codebook-count" aria-hidden="true">
              {tag.count}
            </span>
            <span className="codebook-description" aria-hidden="true">
              {tag.description}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The name in place: Enter saves, Escape cancels, leaving the field saves a changed name. */
function RenameField({ tag, onSave, onCancel }: { tag: TagView; onSave(name: string): Promise<boolean>; onCancel(): void }) {
  const [value, setValue] = useState(tag.name);
  const input = useRef<HTMLInputElement>(null);
  // Busy saving, or finished (saved or cancelled): a blur as the field goes must not save again.
  const saving = useRef(false);
  const closed = useRef(false);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const cancel = () => {
    closed.current = true;
    onCancel();
  };

  const save = async () => {
    if (saving.current || closed.current) return;
    if (value.trim() === tag.name) return cancel();
    saving.current = true;
    closed.current = await onSave(value);
    saving.current = false;
  };

  return (
    <input
      ref={input}
      className="codebook-rename"
      aria-label={`New name for “${tag.name}”`}
      aria-describedby="codebook-rename-help"
      value={value}
      maxLength={500}
      onChange={(event) => setValue(event.target.value)}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void save();
        } else if (event.key === 'Escape') {
          // The field's Escape, not the dialog's.
          event.preventDefault();
          event.stopPropagation();
          cancel();
        }
      }}
      onBlur={() => void save()}
    />
  );
}
