// A highlight's note: plain text, saved when the field loses focus or on Ctrl/Cmd+Enter; Escape reverts.
import { useEffect, useRef, useState } from 'react';

interface Props {
  id: string;
  note: string;
  /** Resolves to false when main refused the change (the status line says why). */
  onSave(note: string): Promise<boolean>;
  /** Called after Escape or Ctrl+Enter, so focus can go back to the highlight. */
  onDone(): void;
}

export function noteFieldId(annotationId: string): string {
  return `note-${annotationId}`;
}

export function NoteEditor({ id, note, onSave, onDone }: Props) {
  const [draft, setDraftState] = useState(note);
  // The latest text, read by save(): Escape reverts and then blurs within one event, before a re-render.
  const latest = useRef(note);
  const field = useRef<HTMLTextAreaElement>(null);
  const setDraft = (text: string) => {
    latest.current = text;
    setDraftState(text);
  };

  // Undo, redo or another window may change the note: follow it unless the user is typing here.
  useEffect(() => {
    if (document.activeElement === field.current) return;
    latest.current = note;
    setDraftState(note);
  }, [note]);

  async function save(): Promise<void> {
    const text = latest.current;
    if (text === note) return;
    const saved = await onSave(text);
    if (!saved) setDraft(note);
  }

  return (
    <div className="note-editor">
      <label className="note-label" htmlFor={noteFieldId(id)}>
        Note
      </label>
      <textarea
        ref={field}
        id={noteFieldId(id)}
        className="note-field"
        value={draft}
        rows={2}
        placeholder="Why this passage matters…"
        aria-keyshortcuts="Control+Enter Escape"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void save().then(onDone);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setDraft(note);
            onDone();
          }
        }}
      />
    </div>
  );
}
