// The memo's text: a Lexical rich-text editor (headings, paragraphs, bold, italic, lists, block quotes and
// evidence quotes) with its toolbar, its own undo, saving as it is typed, quotes dropped or asked for, and
// rich copy with citations.
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useMemo, useState, type ReactNode } from 'react';
import { EMPTY_MEMO, isMemoState } from '../../../shared/memo-state';
import type { MemoSummary } from '../../../shared/model';
import type { TagIndex } from '../tag-colors';
import { AutosavePlugin, type SaveState } from './AutosavePlugin';
import { EvidenceContext, type EvidenceContextValue } from './evidence-context';
import { evidenceQuoteView } from './EvidenceQuoteNode';
import { EvidenceQuoteView } from './EvidenceQuoteView';
import type { EvidenceStore } from './evidence-store';
import { MEMO_NODES, MEMO_THEME } from './memo-nodes';
import { MemoCopyPlugin } from './MemoCopyPlugin';
import { MemoToolbar } from './MemoToolbar';
import { QuoteInsertPlugin } from './QuoteInsertPlugin';
import { useEvidenceCitations } from './use-evidence-citations';
import './memo-editor.css';

interface Props {
  caseId: string;
  memoId: number;
  title: string;
  content: string;
  shown: boolean;
  store: EvidenceStore;
  tags: TagIndex;
  flush: { current: (() => Promise<boolean>) | null };
  onState(state: SaveState): void;
  onSaved(summary: MemoSummary): void;
  openSource(annotationId: string): void;
  /** The header above the toolbar (the title), inside the editor so it can reach it. */
  header: ReactNode;
  /** What stands at the end of the toolbar's row (save state, export). */
  actions: ReactNode;
}

export const MEMO_TEXT_ID = 'memo-text';

// The memo's evidence quotes are drawn by their view (the node itself knows no React).
evidenceQuoteView.render = (props) => <EvidenceQuoteView {...props} />;
const PLACEHOLDER = 'Write the memo… Drag highlights here to quote them, each with its citation.';

export function MemoEditor(props: Props) {
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'casemark-memo',
    nodes: MEMO_NODES,
    theme: MEMO_THEME,
    editorState: isMemoState(props.content) ? props.content : EMPTY_MEMO,
    onError: (error) => console.error('Memo editor:', error),
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <MemoBody {...props} />
    </LexicalComposer>
  );
}

function MemoBody({ caseId, memoId, title, shown, store, tags, flush, onState, onSaved, openSource, header, actions }: Props) {
  const { version, citations } = useEvidenceCitations(store);
  const context = useMemo<EvidenceContextValue>(() => ({ store, version, citations, tags, openSource }), [store, version, citations, tags, openSource]);
  return (
    <EvidenceContext.Provider value={context}>
      {header}
      <div className="memo-toolbar-row">
        <MemoToolbar />
        <div className="memo-toolbar-actions">{actions}</div>
      </div>
      <div className="memo-scroll">
        <div className="memo-page">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                id={MEMO_TEXT_ID}
                className="memo-text"
                aria-label={`Memo text: ${title}`}
                aria-multiline
                aria-placeholder={PLACEHOLDER}
                placeholder={
                  <div className="memo-placeholder" aria-hidden="true">
                    {PLACEHOLDER}
                  </div>
                }
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <AutosavePlugin caseId={caseId} memoId={memoId} onState={onState} onSaved={onSaved} flush={flush} />
      <QuoteInsertPlugin title={title} shown={shown} openSource={openSource} />
      <MemoCopyPlugin />
    </EvidenceContext.Provider>
  );
}
