// A highlight's note, in rich text (Lexical: bold, italic, lists): saved when focus leaves the editor and its
// toolbar, or on Ctrl/Cmd+Enter; Escape reverts to the stored note. Undo inside the note is the note's own.
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { mergeRegister } from '@lexical/utils';
import { CLEAR_HISTORY_COMMAND, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, KEY_ESCAPE_COMMAND } from 'lexical';
import { useCallback, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { loadableNote, normalizedNote, NOTE_NODES, NOTE_THEME, savedNote, type StoredNoteView } from './note-state';
import { NoteToolbar } from './note-toolbar';

interface Props {
  id: string;
  /** The stored note's plain text, shown when it has no rich text. */
  note: string;
  /** The stored note as a Lexical editor state, or null for none. */
  noteJson: string | null;
  /** Saves the note (null: no note); resolves to false when main refused it (the status line says why). */
  onSave(noteJson: string | null): Promise<boolean>;
  /** Called after Escape or Ctrl+Enter, so focus can go back to the highlight. */
  onDone(): void;
}

const PLACEHOLDER = 'Why this passage matters…';

/** Takes a key away from rich text's own handling (and the browser's), leaving it to NoteBody's onKeyDown. */
function claim(event: KeyboardEvent): true {
  event.preventDefault();
  return true;
}

export function noteFieldId(annotationId: string): string {
  return `note-${annotationId}`;
}

export function NoteEditor(props: Props) {
  // Read once: later changes to the stored note are loaded by NoteBody, which knows whether the user is typing.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'casemark-note',
    nodes: NOTE_NODES,
    theme: NOTE_THEME,
    editorState: loadableNote(props),
    onError: (error) => console.error('Note editor:', error),
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <NoteBody {...props} />
    </LexicalComposer>
  );
}

function NoteBody({ id, note, noteJson, onSave, onDone }: Props) {
  const [editor] = useLexicalComposerContext();
  const wrapper = useRef<HTMLDivElement>(null);
  const stored = useRef<StoredNoteView>({ note, noteJson });
  stored.current = { note, noteJson };
  // The note as it was when the user started editing (what saving compares with), in savedNote's form.
  const baseline = useRef<string | null | undefined>(undefined);
  if (baseline.current === undefined) baseline.current = savedNote(editor.getEditorState());

  // Whether focus is in the text or its toolbar: the toolbar shows the formats at the caret only then.
  const [editing, setEditing] = useState(false);
  const isEditing = useCallback(() => wrapper.current?.contains(document.activeElement) ?? false, []);

  const load = useCallback(
    (note: StoredNoteView) => {
      const state = editor.parseEditorState(loadableNote(note));
      editor.setEditorState(state);
      // The note's own undo starts again from what was loaded: it must not bring back what Escape or undo took away.
      editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
      baseline.current = savedNote(state);
    },
    [editor],
  );

  const save = useCallback(async () => {
    const current = savedNote(editor.getEditorState());
    if (current === baseline.current) {
      // Nothing typed: show what is stored now, in case it changed meanwhile (undo from the toolbar, say).
      if (!isEditing() && normalizedNote(editor, stored.current) !== current) load(stored.current);
      return;
    }
    const saved = await onSave(current);
    // A note emptied to nothing but an empty list item starts again from the placeholder.
    if (saved && current === null) load({ note: '', noteJson: null });
    else if (saved) baseline.current = current;
    else load(stored.current);
  }, [editor, onSave, load, isEditing]);

  // Undo, redo or another window may change the note: follow it unless the user is editing it.
  useEffect(() => {
    if (isEditing()) return;
    const incoming = normalizedNote(editor, { note, noteJson });
    if (incoming === savedNote(editor.getEditorState())) baseline.current = incoming;
    else load({ note, noteJson });
  }, [editor, note, noteJson, load, isEditing]);

  // Ctrl/Cmd+Enter and Escape are claimed from rich text, which would make a new paragraph and blur (saving what
  // Escape is meant to drop). onKeyDown acts on them: a command runs inside an editor update, where a new
  // editor state cannot be set.
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(KEY_ENTER_COMMAND, (event) => (event !== null && (event.ctrlKey || event.metaKey) ? claim(event) : false), COMMAND_PRIORITY_HIGH),
        editor.registerCommand(KEY_ESCAPE_COMMAND, claim, COMMAND_PRIORITY_HIGH),
      ),
    [editor],
  );

  function onBlur(event: FocusEvent<HTMLDivElement>): void {
    // Moving between the text and its toolbar is still editing.
    if (event.relatedTarget instanceof Node && wrapper.current?.contains(event.relatedTarget)) return;
    setEditing(false);
    void save();
  }

  // From the text and from the toolbar alike.
  function onKeyDown(event: ReactKeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      load(stored.current);
      onDone();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey) {
      event.preventDefault();
      void save().then(onDone);
    }
  }

  const labelId = `${noteFieldId(id)}-label`;
  return (
    <div ref={wrapper} className="note-editor" onFocus={() => setEditing(true)} onBlur={onBlur} onKeyDown={onKeyDown}>
      <div className="note-head">
        {/* Like a <label>, a click on it puts the caret in the note (a contenteditable cannot be a label's control). */}
        <span id={labelId} className="note-label" onClick={() => editor.focus()}>
          Note
        </span>
        <NoteToolbar label="Note formatting" active={editing} />
      </div>
      <div className="note-surface">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              id={noteFieldId(id)}
              className="note-field"
              aria-labelledby={labelId}
              aria-multiline
              aria-keyshortcuts="Control+Enter Escape Control+B Control+I"
              aria-placeholder={PLACEHOLDER}
              placeholder={
                <div className="note-placeholder" aria-hidden="true">
                  {PLACEHOLDER}
                </div>
              }
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin />
    </div>
  );
}
