// The memo's formatting toolbar: headings, block quote, bold, italic, lists, undo and redo — each showing
// whether it is on at the caret, each with its key. One tab stop; ←/→ move between the buttons (ARIA toolbar).
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { $blockKind, $setBlockStyle, type BlockKind, type BlockStyle } from './memo-blocks-format';
import { BulletListIcon, ICON, NumberedListIcon } from '../format-icons';

interface Formats {
  bold: boolean;
  italic: boolean;
  block: BlockKind;
}

const NONE: Formats = { bold: false, italic: false, block: 'other' };

interface Tool {
  label: string;
  /** As aria-keyshortcuts writes it. */
  keys?: string;
  icon: ReactNode;
  pressed?(f: Formats): boolean;
  /** Whether it can act now (undo with nothing to undo cannot). */
  enabled?(history: { undo: boolean; redo: boolean }): boolean;
  apply(editor: LexicalEditor, f: Formats): void;
  /** Starts a new group (a thin rule before it). */
  group?: boolean;
}

function blockTool(style: BlockStyle, label: string, keys: string, icon: ReactNode): Tool {
  return {
    label,
    keys,
    icon,
    pressed: (f) => f.block === style,
    // A second press goes back to a plain paragraph.
    apply: (editor, f) => editor.update(() => $setBlockStyle(f.block === style ? 'paragraph' : style)),
  };
}

export const MEMO_TOOLS: readonly Tool[] = [
  blockTool('h1', 'Heading 1', 'Control+Alt+1', <span className="memo-tool-text">H1</span>),
  blockTool('h2', 'Heading 2', 'Control+Alt+2', <span className="memo-tool-text">H2</span>),
  blockTool('h3', 'Heading 3', 'Control+Alt+3', <span className="memo-tool-text">H3</span>),
  blockTool(
    'quote',
    'Block quote',
    'Control+Shift+9',
    <svg {...ICON}>
      <path d="M2.5 9.5c0-3 1.3-4.6 3.6-5.3M2.5 9.5h3v3.2h-3zM9 9.5c0-3 1.3-4.6 3.6-5.3M9 9.5h3v3.2H9z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
    </svg>,
  ),
  {
    label: 'Bold',
    keys: 'Control+B',
    group: true,
    icon: <span className="memo-tool-text memo-bold">B</span>,
    pressed: (f) => f.bold,
    apply: (editor) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'),
  },
  {
    label: 'Italic',
    keys: 'Control+I',
    icon: <span className="memo-tool-text memo-italic">I</span>,
    pressed: (f) => f.italic,
    apply: (editor) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'),
  },
  {
    label: 'Bulleted list',
    keys: 'Control+Shift+8',
    group: true,
    icon: <BulletListIcon />,
    pressed: (f) => f.block === 'bullet',
    apply: (editor, f) => editor.dispatchCommand(f.block === 'bullet' ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined),
  },
  {
    label: 'Numbered list',
    keys: 'Control+Shift+7',
    icon: <NumberedListIcon />,
    pressed: (f) => f.block === 'number',
    apply: (editor, f) => editor.dispatchCommand(f.block === 'number' ? REMOVE_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined),
  },
  {
    label: 'Undo typing',
    keys: 'Control+Z',
    group: true,
    icon: (
      <svg {...ICON}>
        <path d="M5.5 3.5 2.5 6.5l3 3M2.8 6.5h6.7a4 4 0 0 1 0 8H7" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    ),
    enabled: (h) => h.undo,
    apply: (editor) => editor.dispatchCommand(UNDO_COMMAND, undefined),
  },
  {
    label: 'Redo typing',
    keys: 'Control+Shift+Z',
    icon: (
      <svg {...ICON}>
        <path d="M10.5 3.5l3 3-3 3M13.2 6.5H6.5a4 4 0 0 0 0 8H9" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    ),
    enabled: (h) => h.redo,
    apply: (editor) => editor.dispatchCommand(REDO_COMMAND, undefined),
  },
];

/** The memo's own keys for what the toolbar does (bold, italic, undo and redo are the editor's already). */
function shortcut(event: KeyboardEvent | globalThis.KeyboardEvent): Tool | undefined {
  if (!(event.ctrlKey || event.metaKey)) return undefined;
  const digit = /^Digit(\d)$/.exec(event.code)?.[1];
  if (event.altKey && !event.shiftKey && digit) {
    if (digit === '0') return PARAGRAPH;
    return MEMO_TOOLS.find((t) => t.keys === `Control+Alt+${digit}`);
  }
  if (event.shiftKey && !event.altKey && digit) return MEMO_TOOLS.find((t) => t.keys === `Control+Shift+${digit}`);
  return undefined;
}

const PARAGRAPH: Tool = { label: 'Paragraph', icon: null, apply: (editor) => editor.update(() => $setBlockStyle('paragraph')) };

function useFormats(editor: LexicalEditor): Formats {
  const [formats, setFormats] = useState<Formats>(NONE);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return NONE;
          return { bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), block: $blockKind() };
        });
        setFormats((old) => (old.bold === next.bold && old.italic === next.italic && old.block === next.block ? old : next));
      }),
    [editor],
  );
  return formats;
}

function useHistoryState(editor: LexicalEditor): { undo: boolean; redo: boolean } {
  const [state, setState] = useState({ undo: false, redo: false });
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (undo) => {
            setState((s) => (s.undo === undo ? s : { ...s, undo }));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (redo) => {
            setState((s) => (s.redo === redo ? s : { ...s, redo }));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return state;
}

export function MemoToolbar() {
  const [editor] = useLexicalComposerContext();
  const formats = useFormats(editor);
  const history = useHistoryState(editor);
  const [current, setCurrent] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const latest = useRef(formats);
  latest.current = formats;

  // The keys work in the text itself.
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const tool = shortcut(event);
          if (!tool) return false;
          event.preventDefault();
          tool.apply(editor, latest.current);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  function run(tool: Tool): void {
    const hasSelection = editor.getEditorState().read(() => $getSelection() !== null);
    if (hasSelection) {
      tool.apply(editor, formats);
      editor.focus();
    } else editor.focus(() => tool.apply(editor, formats));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const moves: Record<string, (at: number, n: number) => number> = {
      ArrowRight: (at, n) => (at + 1) % n,
      ArrowLeft: (at, n) => (at - 1 + n) % n,
      Home: () => 0,
      End: (_at, n) => n - 1,
    };
    const move = moves[event.key];
    if (move && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      const next = move(current, MEMO_TOOLS.length);
      setCurrent(next);
      buttons.current[next]?.focus();
      return;
    }
    const tool = shortcut(event);
    if (tool) {
      event.preventDefault();
      run(tool);
      return;
    }
    // On its toolbar, undo and redo are still the memo's (not the case's).
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    const redo = (key === 'z' && event.shiftKey) || key === 'y';
    if (key !== 'z' && !redo) return;
    event.preventDefault();
    event.stopPropagation();
    editor.dispatchCommand(redo ? REDO_COMMAND : UNDO_COMMAND, undefined);
  }

  return (
    <div className="memo-toolbar" role="toolbar" aria-label="Memo formatting" onKeyDown={onKeyDown}>
      {MEMO_TOOLS.map((tool, i) => (
        <span key={tool.label} className={tool.group ? 'memo-tool-group memo-tool-gap' : 'memo-tool-group'}>
          <button
            ref={(button) => {
              buttons.current[i] = button;
            }}
            type="button"
            className="memo-tool"
            tabIndex={i === current ? 0 : -1}
            aria-label={tool.label}
            aria-pressed={tool.pressed ? tool.pressed(formats) : undefined}
            aria-disabled={tool.enabled && !tool.enabled(history) ? true : undefined}
            aria-keyshortcuts={tool.keys}
            title={tool.keys ? `${tool.label} (${tool.keys.replace(/Control/g, 'Ctrl')})` : tool.label}
            // A click keeps the caret (and the selection it formats) in the memo.
            onMouseDown={(event) => event.preventDefault()}
            onFocus={() => setCurrent(i)}
            onClick={() => {
              if (!tool.enabled || tool.enabled(history)) run(tool);
            }}
          >
            {tool.icon}
          </button>
        </span>
      ))}
    </div>
  );
}
