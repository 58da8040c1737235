// A memo's title as a text field: Enter or leaving it saves, Escape puts the title back; an empty or unchanged
// title is not saved (onCancel).
import { useEffect, useRef, useState } from 'react';

interface Props {
  title: string;
  label: string;
  className: string;
  autoFocus?: boolean;
  /** Saves the title; false when main refused it (the field keeps the text, so it can be corrected). */
  onCommit(title: string): Promise<boolean>;
  onCancel?(): void;
}

export function MemoTitleInput({ title, label, className, autoFocus, onCommit, onCancel }: Props) {
  const [value, setValue] = useState(title);
  // A title changed elsewhere (the list, undo) shows here unless it is being edited.
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setValue(title);
  }, [title, editing]);
  // Enter saves, and the blur that may follow must not save again.
  const settled = useRef(false);

  async function commit(): Promise<void> {
    if (settled.current) return;
    const next = value.trim();
    if (next === '' || next === title) {
      settled.current = true;
      setValue(title);
      setEditing(false);
      onCancel?.();
      return;
    }
    settled.current = true;
    const ok = await onCommit(next);
    if (ok) setEditing(false);
    else settled.current = false;
  }

  return (
    <input
      type="text"
      className={className}
      aria-label={label}
      value={value}
      maxLength={500}
      autoFocus={autoFocus}
      onFocus={() => {
        settled.current = false;
        setEditing(true);
      }}
      onChange={(event) => {
        settled.current = false;
        setValue(event.target.value);
      }}
      onBlur={() => void commit()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void commit();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          settled.current = true;
          setValue(title);
          setEditing(false);
          onCancel?.();
        }
      }}
    />
  );
}
