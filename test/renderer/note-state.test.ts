// The note editor's Lexical setup, run headless: what it saves is a state main accepts, with the plain text expected.
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createLineBreakNode, $createParagraphNode, $createTabNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { isNoteState, noteText, plainTextNote } from '../../shared/notes';
import { loadableNote, normalizedNote, NOTE_NODES, NOTE_THEME, savedNote } from '../../renderer/src/note-state';

function noteEditor(): LexicalEditor {
  return createEditor({ namespace: 'test', nodes: NOTE_NODES, theme: NOTE_THEME, onError: (error) => { throw error; } });
}

function write(editor: LexicalEditor, build: () => void): void {
  editor.update(() => {
    $getRoot().clear();
    build();
  }, { discrete: true });
}

describe('the note editor state', () => {
  it('saves every node the editor can make as a state main accepts, with its plain text', () => {
    const editor = noteEditor();
    write(editor, () => {
      const intro = $createParagraphNode().append(
        $createTextNode('HQ set a '),
        $createTextNode('same-night').toggleFormat('bold'),
        $createTextNode(' deadline').toggleFormat('italic'),
        $createLineBreakNode(),
        $createTabNode(),
        $createTextNode('again'),
      );
      const bullets = $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('Laredo')),
        $createListItemNode().append($createListNode('number').append($createListItemNode().append($createTextNode('nested')))),
      );
      const steps = $createListNode('number').append($createListItemNode().append($createTextNode('order')), $createListItemNode().append($createTextNode('failure')));
      $getRoot().append(intro, bullets, steps, $createQuoteNode().append($createTextNode('quoted')), $createHeadingNode('h2').append($createTextNode('Heading')));
    });
    const json = savedNote(editor.getEditorState());
    expect(json).not.toBeNull();
    expect(isNoteState(json!)).toBe(true);
    expect(noteText(json!)).toBe(['HQ set a same-night deadline', '\tagain', '• Laredo', '  1. nested', '1. order', '2. failure', 'quoted', 'Heading'].join('\n'));
  });

  it('saves null for a note without text, even an empty list', () => {
    const editor = noteEditor();
    write(editor, () => $getRoot().append($createParagraphNode().append($createTextNode('  ')), $createListNode('bullet').append($createListItemNode())));
    expect(savedNote(editor.getEditorState())).toBeNull();
  });

  it('loads rich text, else the plain text, and an unchanged note saves as it was loaded', () => {
    const editor = noteEditor();
    const plain = { note: 'first line\nsecond line', noteJson: null };
    expect(loadableNote(plain)).toBe(plainTextNote(plain.note));
    expect(loadableNote({ note: 'x', noteJson: '{"root":{"type":"root","children":[{"type":"code","children":[]}]}}' })).toBe(plainTextNote('x'));
    expect(loadableNote({ note: '', noteJson: null })).toBe(plainTextNote(''));

    for (const stored of [plain, { note: 'A', noteJson: plainTextNote('A') }, { note: '', noteJson: null }]) {
      editor.setEditorState(editor.parseEditorState(loadableNote(stored)));
      expect(savedNote(editor.getEditorState())).toBe(normalizedNote(editor, stored));
    }
    editor.setEditorState(editor.parseEditorState(loadableNote(plain)));
    expect(noteText(savedNote(editor.getEditorState())!)).toBe(plain.note);
  });
});
