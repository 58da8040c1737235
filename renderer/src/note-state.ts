// The note editor's Lexical setup, apart from React: the nodes it may hold, its theme classes, and how a
// stored note becomes an editor state and back. Main accepts only these nodes (shared/notes.ts).
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $getRoot, type EditorState, type EditorThemeClasses, type Klass, type LexicalEditor, type LexicalNode } from 'lexical';
import { isNoteState, plainTextNote } from '../../shared/notes';

/** Lists are made in the editor; headings and quotes are only shown, when a note brought in from elsewhere has them. */
export const NOTE_NODES: ReadonlyArray<Klass<LexicalNode>> = [ListNode, ListItemNode, HeadingNode, QuoteNode];

export const NOTE_THEME: EditorThemeClasses = {
  paragraph: 'note-p',
  quote: 'note-quote',
  heading: { h1: 'note-h', h2: 'note-h', h3: 'note-h', h4: 'note-h', h5: 'note-h', h6: 'note-h' },
  list: {
    ul: 'note-ul',
    ol: 'note-ol',
    listitem: 'note-li',
    nested: { listitem: 'note-li-nested' },
  },
  text: { bold: 'note-bold', italic: 'note-italic', underline: 'note-underline' },
};

/** A stored note, as an AnnotationView carries it. */
export interface StoredNoteView {
  note: string;
  noteJson: string | null;
}

/** The editor state (JSON) to show for a stored note: its rich text, else its plain text, one paragraph per line. */
export function loadableNote({ note, noteJson }: StoredNoteView): string {
  return noteJson !== null && isNoteState(noteJson) ? noteJson : plainTextNote(note);
}

/** What saving this state stores: its JSON, or null when it holds no text (main stores no note then either). */
export function savedNote(state: EditorState): string | null {
  const empty = state.read(() => $getRoot().getTextContent().trim() === '');
  return empty ? null : JSON.stringify(state.toJSON());
}

/** A stored note as the editor would save it unchanged, to tell an edit from a mere difference in serialization. */
export function normalizedNote(editor: LexicalEditor, stored: StoredNoteView): string | null {
  return savedNote(editor.parseEditorState(loadableNote(stored)));
}
