// The case view: header, library on the left, the reader in the middle, the highlights sidebar on the right.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CaseInfo, MenuCommand } from '../../shared/ipc';
import { missingCase } from '../../shared/result';
import type { AnnotationView, MessageSummary } from '../../shared/model';
import { listen } from './api';
import { Attachments } from './Attachments';
import { CaseHeader } from './CaseHeader';
import { DropOverlay } from './DropOverlay';
import { EmailReader } from './EmailReader';
import { ImportDialog, type ImportStart } from './ImportDialog';
import { HighlightSidebar } from './HighlightSidebar';
import { Library } from './Library';
import { buildLibrary, type LibraryItem } from './library-items';
import { noteFieldId } from './NoteEditor';
import { PdfReader } from './pdf-reader/PdfReader';
import { FIND_FIELD_ID } from './pdf-reader/PdfToolbar';
import { ViewSwitch, type PdfView } from './pdf-reader/ViewSwitch';
import { StatusBar } from './StatusBar';
import { clearStatus } from './status-store';
import { indexTags, keyedTags } from './tag-colors';
import { useCaseData } from './use-case-data';
import { useFileDrop } from './use-file-drop';
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
  // The import dialog, if open, and what it starts with (a drop, File › Import Folder…).
  const [importing, setImporting] = useState<{ start?: ImportStart } | null>(null);
  const dragging = useFileDrop((paths) => setImporting((now) => now ?? { start: { paths } }));
  const items = useMemo(() => buildLibrary(data.documents, data.messages), [data.documents, data.messages]);
  const [openKey, setOpenKey] = useState<string | null>(() => recallOpen(info.id));
  const openItem = items.find((item) => item.key === openKey) ?? items[0];
  const document = openItem ? data.documents.find((d) => d.id === openItem.documentId) : undefined;
  const message = openItem?.kind === 'message' ? openItem.message : null;
  const attachments = useMemo(() => (document ? data.documents.filter((d) => d.parentId === document.id) : []), [data.documents, document]);
  const { highlights, focusRequest, actions } = useHighlights(document?.id ?? null, refreshCounts);
  const tags = useMemo(() => keyedTags(data.tags), [data.tags]);
  const tagIndex = useMemo(() => indexTags(data.tags), [data.tags]);
  const [activeId, setActiveId] = useState<string | null>(null);
  // A PDF release shows its pages; a printed email in it can be shown as text too (the message view).
  const [pdfView, setPdfView] = useState<PdfView>('pages');
  const isPdf = document?.kind === 'pdf' && document.pageCount > 0;
  const pageView = isPdf && (pdfView === 'pages' || !message);
  const pdfMessages = useMemo(
    () => (isPdf && document ? data.messages.filter((m) => m.documentId === document.id).sort((a, b) => a.start - b.start) : []),
    [isPdf, document, data.messages],
  );

  const open = useCallback(
    (item: LibraryItem) => {
      setOpenKey(item.key);
      rememberOpen(info.id, item.key);
      // A confirmation about the last message would read as if it were about this one.
      clearStatus();
    },
    [info.id],
  );

  // The menu's commands and their keys do the same. Undo and redo are the case's (main keeps the
  // history); inside a text field they stay the field's own.
  const command = useCallback(
    (name: MenuCommand) => {
      switch (name) {
        case 'import':
          setImporting((now) => now ?? { start: {} });
          break;
        case 'import-folder':
          setImporting((now) => now ?? { start: { folder: true } });
          break;
        case 'find': {
          // In the page reader, its own find field; everywhere else, the library's filter.
          const inPages = window.document.activeElement?.closest('.pdf-reader') ? window.document.getElementById(FIND_FIELD_ID) : null;
          (inPages ?? window.document.querySelector<HTMLInputElement>('input[aria-label="Filter the library"]'))?.focus();
          break;
        }
        case 'undo':
          void actions.undo();
          break;
        case 'redo':
          void actions.redo();
          break;
        default:
          missingCase(name);
      }
    },
    [actions],
  );
  useEffect(() => listen('command', ({ command: name }) => command(name)), [command]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'f' && !event.shiftKey) {
        event.preventDefault();
        command('find');
        return;
      }
      if (isTyping(event.target)) return;
      const name: MenuCommand | null =
        key === 'i' ? (event.shiftKey ? 'import-folder' : 'import') : key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && !event.shiftKey ? 'redo' : null;
      if (name) {
        event.preventDefault();
        command(name);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [command]);

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
      // A highlight in another message of the same document: open that message first (the page view shows them all).
      if (message && !pageView && (highlight.start < message.start || highlight.start >= message.end)) {
        const holder = items.find((i) => i.kind === 'message' && i.documentId === highlight.documentId && highlight.start >= i.message.start && highlight.start < i.message.end);
        if (holder) open(holder);
      }
      actions.focus(highlight.id);
    },
    [message, pageView, items, open, actions],
  );

  const openMessage = useCallback(
    (m: MessageSummary) => {
      const item = items.find((i) => i.kind === 'message' && i.message.id === m.id);
      if (item) open(item);
    },
    [items, open],
  );

  const editNote = useCallback((id: string) => {
    const field = window.document.getElementById(noteFieldId(id));
    field?.scrollIntoView({ block: 'nearest' });
    field?.focus();
  }, []);

  const emailReader = document ? (
    <EmailReader
      document={document}
      message={message}
      highlights={highlights}
      tags={tags}
      tagIndex={tagIndex}
      focusRequest={focusRequest}
      actions={actions}
      onEditNote={editNote}
    >
      <Attachments
        attachments={attachments}
        onOpen={(d) => {
          const item = items.find((i) => i.documentId === d.id);
          if (item) open(item);
        }}
      />
    </EmailReader>
  ) : null;

  return (
    <div className="case-view">
      <CaseHeader info={info} onImport={() => setImporting({})} onUndo={() => void actions.undo()} onRedo={() => void actions.redo()} onClose={onClose} />
      {importing && (
        <ImportDialog
          {...(importing.start ? { start: importing.start } : {})}
          onClose={(imported) => {
            setImporting(null);
            if (imported) reload();
          }}
        />
      )}
      {dragging && !importing && <DropOverlay message={`Drop files or folders to import them into “${info.title || 'this case'}”`} />}
      <div className="case-panes">
        <Library items={items} openKey={openItem?.key ?? null} counts={data.counts} highlights={data.highlights} tags={data.tags} caseId={info.id} onOpen={open} />
        <main className="case-main">
          {document && pageView ? (
            <PdfReader
              key={document.id}
              document={document}
              message={message}
              messages={pdfMessages}
              highlights={highlights}
              tags={tags}
              tagIndex={tagIndex}
              focusRequest={focusRequest}
              actions={actions}
              onEditNote={editNote}
              onOpenMessage={openMessage}
              onMessageView={(m) => {
                openMessage(m);
                setPdfView('message');
              }}
            />
          ) : document && isPdf && message ? (
            <div className="pdf-message-view">
              <div className="pdf-message-bar">
                <ViewSwitch view="message" onChange={setPdfView} />
                <span>
                  Printed email on {message.page !== null && message.pageEnd !== null && message.pageEnd > message.page ? `pages ${message.page + 1}–${message.pageEnd + 1}` : `page ${(message.page ?? 0) + 1}`} of {document.fileName ?? document.title}
                </span>
              </div>
              {emailReader}
            </div>
          ) : document ? (
            emailReader
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
