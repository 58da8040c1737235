// The note editor's formatting toolbar: bold, italic, bulleted and numbered list, each showing whether it is on
// where the caret is. One tab stop; the arrow keys move between its buttons (the ARIA toolbar pattern).
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND, type ListType } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { BulletListIcon, NumberedListIcon } from './format-icons';

interface Formats {
  bold: boolean;
  italic: boolean;
  list: ListType | null;
}

const NONE: Formats = { bold: false, italic: false, list: null };

interface Tool {
  label: string;
  shortcut?: string;
  icon: ReactNode;
  pressed(formats: Formats): boolean;
  apply(editor: LexicalEditor, formats: Formats): void;
}

const TOOLS: readonly Tool[] = [
  {
    label: 'Bold',
    shortcut: 'Control+B',
    icon: <span className="note-tool-letter note-bold">B</span>,
    pressed: (f) => f.bold,
    apply: (editor) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'),
  },
  {
    label: 'Italic',
    shortcut: 'Control+I',
    icon: <span className="note-tool-letter note-italic">I</span>,
    pressed: (f) => f.italic,
    apply: (editor) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'),
  },
  {
    label: 'Bulleted list',
    icon: <BulletListIcon />,
    pressed: (f) => f.list === 'bullet',
    apply: (editor, f) => editor.dispatchCommand(f.list === 'bullet' ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined),
  },
  {
    label: 'Numbered list',
    icon: <NumberedListIcon />,
    pressed: (f) => f.list === 'number',
    apply: (editor, f) => editor.dispatchCommand(f.list === 'number' ? REMOVE_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined),
  },
];

/** Bold, italic and the list around the caret; nothing while the editor has no selection. */
function useFormats(editor: LexicalEditor): Formats {
  const [formats, setFormats] = useState<Formats>(NONE);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return NONE;
          const list = $getNearestNodeOfType(selection.anchor.getNode(), ListNode);
          return { bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), list: list ? list.getListType() : null };
        });
        setFormats((old) => (old.bold === next.bold && old.italic === next.italic && old.list === next.list ? old : next));
      }),
    [editor],
  );
  return formats;
}

const ROVING_KEYS: Readonly<Record<string, (at: number, count: number) => number>> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_at, count) => count - 1,
};

interface Props {
  label: string;
  /** Whether the note is being edited; otherwise no button shows as pressed (the caret is elsewhere). */
  active: boolean;
}

export function NoteToolbar({ label, active }: Props) {
  const [editor] = useLexicalComposerContext();
  const formats = useFormats(editor);
  const [current, setCurrent] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  // A button formats the text and hands the caret back to it, so typing goes on (Shift+Tab returns to this button).
  function run(tool: Tool): void {
    const hasSelection = editor.getEditorState().read(() => $getSelection() !== null);
    if (hasSelection) {
      tool.apply(editor, formats);
      editor.focus();
    } else {
      // Never focused yet: the caret goes to the end of the note first, so the format has somewhere to go.
      editor.focus(() => tool.apply(editor, formats));
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const move = ROVING_KEYS[event.key];
    if (move && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      const next = move(current, TOOLS.length);
      setCurrent(next);
      buttons.current[next]?.focus();
      return;
    }
    // On its toolbar, the note's own shortcuts still apply to the note (not to the case, nor the import dialog).
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    const redo = (key === 'z' && event.shiftKey) || key === 'y';
    if (key !== 'b' && key !== 'i' && key !== 'z' && !redo) return;
    event.preventDefault();
    event.stopPropagation();
    if (key === 'b') run(TOOLS[0]!);
    else if (key === 'i') run(TOOLS[1]!);
    else editor.dispatchCommand(redo ? REDO_COMMAND : UNDO_COMMAND, undefined);
  }

  return (
    <div className="note-toolbar" role="toolbar" aria-label={label} onKeyDown={onKeyDown}>
      {TOOLS.map((tool, i) => (
        <button
          key={tool.label}
          ref={(button) => {
            buttons.current[i] = button;
          }}
          type="button"
          className="note-tool"
          tabIndex={i === current ? 0 : -1}
          aria-label={tool.label}
          aria-pressed={active && tool.pressed(formats)}
          aria-keyshortcuts={tool.shortcut}
          title={tool.shortcut ? `${tool.label} (${tool.shortcut.replace('Control', 'Ctrl')})` : tool.label}
          // A click keeps the caret (and the selection it formats) in the note.
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setCurrent(i)}
          onClick={() => run(tool)}
        >
          {tool.icon}
        </button>
      ))}
    </div>
  );
}
