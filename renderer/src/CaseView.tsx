// The case view: header, library on the left, the reader in the middle, the highlights sidebar on the right.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CaseInfo } from '../../shared/ipc';
import type { AnnotationView } from '../../shared/model';
import { CaseHeader } from './CaseHeader';
import { EmailReader } from './EmailReader';
import { ImportDialog } from './ImportDialog';
import { HighlightSidebar } from './HighlightSidebar';
import { Library } from './Library';
import { buildLibrary, type LibraryItem } from './library-items';
import { noteFieldId } from './NoteEditor';
import { StatusBar } from './StatusBar';
import { clearStatus } from './status-store';
import { indexTags, keyedTags } from './tag-colors';
import { useCaseData } from './use-case-data';
import { useHighlights } from './use-highlights';
import { isTyping } from './use-reader-keys';
import { recallOpen, rememberOpen } from './view-memory';

interface Props {
  info: CaseInfo;
  onClose(): void;
}

const HINT = 'Select text, then press 1–9 to tag it · Tab to a highlight to re-tag or delete it · Ctrl+Z undo';

export function CaseView({ info, onClose }: Props) {
  const { data, refreshCounts, reload } = useCaseData(info.id);
  const [importing, setImporting] = useState(false);
  const items = useMemo(() => buildLibrary(data.documents, data.messages), [data.documents, data.messages]);
  const [openKey, setOpenKey] = useState<string | null>(() => recallOpen(info.id));
  const openItem = items.find((item) => item.key === openKey) ?? items[0];
  const document = openItem ? data.documents.find((d) => d.id === openItem.documentId) : undefined;
  const message = openItem?.kind === 'message' ? openItem.message : null;
  const { highlights, focusRequest, actions } = useHighlights(document?.id ?? null, refreshCounts);
  const tags = useMemo(() => keyedTags(data.tags), [data.tags]);
  const tagIndex = useMemo(() => indexTags(data.tags), [data.tags]);
  const [activeId, setActiveId] = useState<string | null>(null);

  const open = useCallback(
    (item: LibraryItem) => {
      setOpenKey(item.key);
      rememberOpen(info.id, item.key);
      // A confirmation about the last message would read as if it were about this one.
      clearStatus();
    },
    [info.id],
  );

  // Undo and redo are the case's (main keeps the history); inside a text field they stay the field's own.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'i' && !event.shiftKey) {
        event.preventDefault();
        setImporting(true);
      } else if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void actions.undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
        event.preventDefault();
        void actions.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);

  // The sidebar marks the highlight that has focus in the text and keeps its card in view.
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const id = event.target instanceof HTMLElement ? event.target.dataset.focusFor : undefined;
      if (!id) return;
      setActiveId(id);
      window.document.querySelector(`.hl-card[data-annotation-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
    };
    window.addEventListener('focusin', onFocus);
    return () => window.removeEventListener('focusin', onFocus);
  }, []);

  const goTo = useCallback(
    (highlight: AnnotationView) => {
      // A highlight in another message of the same document: open that message first.
      if (message && (highlight.start < message.start || highlight.start >= message.end)) {
        const holder = items.find((i) => i.kind === 'message' && i.documentId === highlight.documentId && highlight.start >= i.message.start && highlight.start < i.message.end);
        if (holder) open(holder);
      }
      actions.focus(highlight.id);
    },
    [message, items, open, actions],
  );

  const editNote = useCallback((id: string) => {
    const field = window.document.getElementById(noteFieldId(id));
    field?.scrollIntoView({ block: 'nearest' });
    field?.focus();
  }, []);

  return (
    <div className="case-view">
      <CaseHeader info={info} onImport={() => setImporting(true)} onUndo={() => void actions.undo()} onRedo={() => void actions.redo()} onClose={onClose} />
      {importing && (
        <ImportDialog
          onClose={(imported) => {
            setImporting(false);
            if (imported) reload();
          }}
        />
      )}
      <div className="case-panes">
        <Library items={items} openKey={openItem?.key ?? null} counts={data.counts} onOpen={open} />
        <main className="case-main">
          {document ? (
            <EmailReader
              document={document}
              message={message}
              highlights={highlights}
              tags={tags}
              tagIndex={tagIndex}
              focusRequest={focusRequest}
              actions={actions}
              onEditNote={editNote}
            />
          ) : (
            <p className="reader-empty">{data.loaded ? 'This case has no documents yet.' : 'Opening the case…'}</p>
          )}
        </main>
        <HighlightSidebar highlights={highlights} tags={tags} tagIndex={tagIndex} activeId={activeId} actions={actions} onGo={goTo} />
      </div>
      <StatusBar hint={HINT} />
    </div>
  );
}
