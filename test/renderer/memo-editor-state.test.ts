// The memo editor's Lexical side, run headless: an evidence quote saves exactly as shared/memo-state.ts says,
// quotes go in at the caret, the selected part of a memo is cut out for copying, and block styles change.
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createParagraphNode, $createNodeSelection, $createRangeSelection, $createTextNode, $getRoot, $setSelection, createEditor, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { memoBlocks } from '../../shared/memo-blocks';
import { EMPTY_MEMO, isMemoState, memoQuotes } from '../../shared/memo-state';
import { $createEvidenceQuoteNode, $isEvidenceQuoteNode } from '../../renderer/src/memo/EvidenceQuoteNode';
import { $blockKind, $setBlockStyle } from '../../renderer/src/memo/memo-blocks-format';
import { $insertQuotes } from '../../renderer/src/memo/memo-insert';
import { MEMO_NODES, MEMO_THEME } from '../../renderer/src/memo/memo-nodes';
import { $selectedMemo } from '../../renderer/src/memo/memo-selection';

function memoEditor(): LexicalEditor {
  return createEditor({ namespace: 'test', nodes: MEMO_NODES, theme: MEMO_THEME, onError: (error) => { throw error; } });
}

function update(editor: LexicalEditor, run: () => void): void {
  editor.update(run, { discrete: true });
}

const saved = (editor: LexicalEditor) => JSON.stringify(editor.getEditorState().toJSON());
const topTypes = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getChildren().map((n) => (n.getType() === 'paragraph' ? `p:${n.getTextContent()}` : n.getType())));

/** A memo of one paragraph; returns its text node's key. */
function withParagraph(editor: LexicalEditor, text: string): string {
  let key = '';
  update(editor, () => {
    const node = $createTextNode(text);
    key = node.getKey();
    $getRoot().clear().append($createParagraphNode().append(node));
  });
  return key;
}

function caret(key: string, offset: number, focus = offset, focusKey = key): void {
  const selection = $createRangeSelection();
  selection.anchor.set(key, offset, 'text');
  selection.focus.set(focusKey, focus, 'text');
  $setSelection(selection);
}

describe('an evidence quote in the editor state', () => {
  it('saves as exactly {type, version, annotationId, omissions}, and loads back with its omissions', () => {
    const editor = memoEditor();
    update(editor, () => {
      $getRoot().clear().append($createParagraphNode().append($createTextNode('Facts.')), $createEvidenceQuoteNode('ann-1'), $createEvidenceQuoteNode('ann-2', [[0, 6]]));
    });
    const json = saved(editor);
    expect(isMemoState(json)).toBe(true);
    const root = (JSON.parse(json) as { root: { children: Record<string, unknown>[] } }).root;
    expect(root.children[1]).toStrictEqual({ type: 'evidence-quote', version: 1, annotationId: 'ann-1', omissions: [] });
    expect(root.children[2]).toStrictEqual({ type: 'evidence-quote', version: 1, annotationId: 'ann-2', omissions: [[0, 6]] });

    const again = memoEditor();
    again.setEditorState(again.parseEditorState(json));
    const quotes = again.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .filter($isEvidenceQuoteNode)
        .map((n) => [n.getAnnotationId(), n.getOmissions()]),
    );
    expect(quotes).toEqual([
      ['ann-1', []],
      ['ann-2', [[0, 6]]],
    ]);
    expect(saved(again)).toBe(json);
  });

  it('keeps its omissions when they change, and a memo main made (EMPTY_MEMO) loads', () => {
    const editor = memoEditor();
    editor.setEditorState(editor.parseEditorState(EMPTY_MEMO));
    update(editor, () => {
      const node = $createEvidenceQuoteNode('ann-1');
      $getRoot().append(node);
      node.setOmissions([[2, 5], [9, 12]]);
    });
    expect(memoQuotes(saved(editor))).toEqual([{ type: 'evidence-quote', version: 1, annotationId: 'ann-1', omissions: [[2, 5], [9, 12]] }]);
  });
});

describe('inserting quotes', () => {
  it('splits the paragraph at the caret, the quotes in order between its halves', () => {
    const editor = memoEditor();
    const key = withParagraph(editor, 'Before after');
    update(editor, () => {
      caret(key, 6);
      $insertQuotes(['a', 'b']);
    });
    expect(topTypes(editor)).toEqual(['p:Before', 'evidence-quote', 'evidence-quote', 'p: after']);
    expect(memoQuotes(saved(editor)).map((q) => q.annotationId)).toEqual(['a', 'b']);
  });

  it('goes before an empty paragraph, which keeps the caret to write on', () => {
    const editor = memoEditor();
    update(editor, () => {
      const empty = $createParagraphNode();
      $getRoot().clear().append($createParagraphNode().append($createTextNode('Facts.')), empty);
      empty.select();
      $insertQuotes(['a']);
      $insertQuotes(['b']);
    });
    expect(topTypes(editor)).toEqual(['p:Facts.', 'evidence-quote', 'evidence-quote', 'p:']);
  });

  it('goes at the end when the memo has no caret', () => {
    const editor = memoEditor();
    withParagraph(editor, 'Facts.');
    update(editor, () => {
      $setSelection(null);
      $insertQuotes(['a']);
    });
    expect(topTypes(editor)).toEqual(['p:Facts.', 'evidence-quote', 'p:']);
  });
});

describe('the selected part of a memo', () => {
  it('is the selected words of a paragraph, in a memo state of their own', () => {
    const editor = memoEditor();
    const key = withParagraph(editor, 'HQ set a same-night deadline.');
    let part: string | null = null;
    update(editor, () => {
      expect($selectedMemo(null)).toBeNull();
      caret(key, 9);
      part = $selectedMemo($createRangeSelection());
    });
    // A collapsed selection copies nothing.
    expect(part).toBeNull();
    update(editor, () => {
      const selection = $createRangeSelection();
      selection.anchor.set(key, 9, 'text');
      selection.focus.set(key, 19, 'text');
      part = $selectedMemo(selection);
    });
    expect(isMemoState(part!)).toBe(true);
    expect(memoBlocks(part!).blocks).toEqual([{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'same-night' }], indent: 0, align: 'left' }]);
  });

  it('runs from the middle of one paragraph, over a quote, to the middle of another (either direction)', () => {
    const editor = memoEditor();
    let first: TextNode;
    let last: TextNode;
    update(editor, () => {
      first = $createTextNode('First paragraph');
      last = $createTextNode('Last paragraph');
      $getRoot().clear().append($createParagraphNode().append(first), $createEvidenceQuoteNode('a', [[1, 2]]), $createParagraphNode().append(last));
    });
    for (const backward of [false, true]) {
      let part: string | null = null;
      update(editor, () => {
        const selection = $createRangeSelection();
        const [from, to] = backward ? [[last.getKey(), 4], [first.getKey(), 6]] as const : [[first.getKey(), 6], [last.getKey(), 4]] as const;
        selection.anchor.set(from[0], from[1], 'text');
        selection.focus.set(to[0], to[1], 'text');
        part = $selectedMemo(selection);
      });
      const { blocks, quotes } = memoBlocks(part!);
      expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'evidence', 'paragraph']);
      expect(blocks[0]).toMatchObject({ inlines: [{ text: 'paragraph' }] });
      expect(blocks[2]).toMatchObject({ inlines: [{ text: 'Last' }] });
      expect(quotes).toEqual([{ kind: 'quote', index: 0, annotationId: 'a', omissions: [[1, 2]] }]);
    }
  });

  it('is a quote selected as a whole', () => {
    const editor = memoEditor();
    let part: string | null = null;
    update(editor, () => {
      const node = $createEvidenceQuoteNode('a');
      $getRoot().clear().append($createParagraphNode().append($createTextNode('Facts.')), node);
      const selection = $createNodeSelection();
      selection.add(node.getKey());
      part = $selectedMemo(selection);
    });
    expect(memoQuotes(part!).map((q) => q.annotationId)).toEqual(['a']);
    expect(memoBlocks(part!).blocks.map((b) => b.kind)).toEqual(['evidence']);
  });
});

describe('block styles', () => {
  it('turn the paragraph at the caret into a heading or a block quote and back, keeping its words', () => {
    const editor = memoEditor();
    const key = withParagraph(editor, 'Statement of facts');
    const kind = () => {
      let k = '';
      update(editor, () => {
        caret(key, 3);
        k = $blockKind();
      });
      return k;
    };
    expect(kind()).toBe('paragraph');
    update(editor, () => {
      caret(key, 3);
      $setBlockStyle('h2');
    });
    expect(kind()).toBe('h2');
    expect(memoBlocks(saved(editor)).blocks).toEqual([{ kind: 'heading', level: 2, inlines: [{ kind: 'text', text: 'Statement of facts' }] }]);
    update(editor, () => {
      caret(key, 3);
      $setBlockStyle('quote');
    });
    expect(kind()).toBe('quote');
    update(editor, () => {
      caret(key, 3);
      $setBlockStyle('paragraph');
    });
    expect(kind()).toBe('paragraph');
  });

  it('leave lists as they are, and say what list the caret is in', () => {
    const editor = memoEditor();
    let key = '';
    update(editor, () => {
      const words = $createTextNode('item');
      key = words.getKey();
      $getRoot().clear().append($createListNode('number').append($createListItemNode().append(words)));
    });
    let kind = '';
    update(editor, () => {
      caret(key, 1);
      $setBlockStyle('h1');
      kind = $blockKind();
    });
    expect(kind).toBe('number');
    expect(memoBlocks(saved(editor)).blocks.map((b) => b.kind)).toEqual(['item']);
  });
});
