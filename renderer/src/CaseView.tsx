// The case view: header, library (or search, or the memos) on the left, the reader (or the chronology, or a
// memo) in the middle, the highlights sidebar on the right; the codebook, import and export as dialogs.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CaseInfo, MenuCommand } from '../../shared/ipc';
import { missingCase } from '../../shared/result';
import type { AnnotationView, MessageSummary } from '../../shared/model';
import { listen } from './api';
import { Attachments } from './Attachments';
import { CaseHeader } from './CaseHeader';
import { ChronologyView } from './chronology/ChronologyView';
import { CodebookDialog } from './codebook/CodebookDialog';
import { ExportDialog } from './export/ExportDialog';
import { DropOverlay } from './DropOverlay';
import { EmailReader } from './EmailReader';
import { ImportDialog, type ImportStart } from './ImportDialog';
import { HighlightSidebar } from './HighlightSidebar';
import { Library } from './Library';
import { LeftPaneTabs, type LeftPane } from './memo/LeftPaneTabs';
import { MemoList } from './memo/MemoList';
import { MemoWorkspace } from './memo/MemoWorkspace';
import { quoteInMemo } from './memo/quote-command';
import { useMemoKeys } from './memo/use-memo-keys';
import { useMemoSession } from './memo/use-memo-session';
import { buildLibrary, type LibraryItem } from './library-items';
import { noteFieldId } from './NoteEditor';
import { PdfReader } from './pdf-reader/PdfReader';
import type { RevealRequest } from './reveal';
import { ReviewBar } from './review/ReviewBar';
import { SearchPanel } from './search/SearchPanel';
import { FIND_FIELD_ID } from './pdf-reader/PdfToolbar';
import { ViewSwitch, type PdfView } from './pdf-reader/ViewSwitch';
import { StatusBar } from './StatusBar';
import { clearStatus, report } from './status-store';
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
  // Which pane shows on the left and in the middle, and the dialogs open over them.
  const [left, setLeft] = useState<LeftPane>('library');
  const [middle, setMiddle] = useState<'reader' | 'chronology' | 'memo'>('reader');
  const [codebookOpen, setCodebookOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  // Bumped on every change to highlights, tags or links, so the chronology reads itself again.
  const [storyVersion, setStoryVersion] = useState(0);
  // The memo in the editor stays there (behind the reader) until another is opened, so quotes can go into it.
  const memo = useMemoSession(info.id, storyVersion);
  const view = middle === 'memo' && memo.openId === null ? 'reader' : middle;
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const revealSerial = useRef(0);
  // The import dialog, if open, and what it starts with (a drop, File › Import Folder…).
  const [importing, setImporting] = useState<{ start?: ImportStart } | null>(null);
  const dragging = useFileDrop((paths) => setImporting((now) => now ?? { start: { paths } }));
  const items = useMemo(() => buildLibrary(data.documents, data.messages), [data.documents, data.messages]);
  const [openKey, setOpenKey] = useState<string | null>(() => recallOpen(info.id));
  const openItem = items.find((item) => item.key === openKey) ?? items[0];
  const document = openItem ? data.documents.find((d) => d.id === openItem.documentId) : undefined;
  const message = openItem?.kind === 'message' ? openItem.message : null;
  const attachments = useMemo(() => (document ? data.documents.filter((d) => d.parentId === document.id) : []), [data.documents, document]);
  const highlightsChanged = useCallback(() => {
    void refreshCounts();
    setStoryVersion((v) => v + 1);
  }, [refreshCounts]);
  const { highlights, focusRequest, actions } = useHighlights(document?.id ?? null, highlightsChanged);
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

  // Undo and redo may take back any change (a review mark, a tag, a highlight): read everything again.
  const undo = useCallback(async () => {
    await actions.undo();
    reload();
  }, [actions, reload]);
  const redo = useCallback(async () => {
    await actions.redo();
    reload();
  }, [actions, reload]);

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
        case 'search':
          setLeft('search');
          // Already open: back to its field (when it opens, it takes focus itself).
          window.document.querySelector<HTMLInputElement>('.search-panel input[aria-label="Search words"]')?.focus();
          break;
        case 'chronology':
          setMiddle((now) => (now === 'chronology' ? 'reader' : 'chronology'));
          break;
        case 'codebook':
          setCodebookOpen(true);
          break;
        case 'export':
          setExporting(true);
          break;
        case 'find': {
          // In the page reader, its own find field; everywhere else, the library's filter.
          const inPages = window.document.activeElement?.closest('.pdf-reader') ? window.document.getElementById(FIND_FIELD_ID) : null;
          (inPages ?? window.document.querySelector<HTMLInputElement>('input[aria-label="Filter the library"]'))?.focus();
          break;
        }
        case 'undo':
          void undo();
          break;
        case 'redo':
          void redo();
          break;
        default:
          missingCase(name);
      }
    },
    [undo, redo],
  );
  useEffect(() => listen('command', ({ command: name }) => command(name)), [command]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // A dialog (the codebook, an export) keeps its keys: undo there is its own.
      if (event.target instanceof Element && event.target.closest('dialog[open], [role="dialog"]')) return;
      const key = event.key.toLowerCase();
      // Case-wide views answer even from a text field.
      const view: MenuCommand | null = !event.shiftKey
        ? key === 'f'
          ? 'find'
          : null
        : key === 'f'
          ? 'search'
          : key === 'l'
            ? 'chronology'
            : key === 'k'
              ? 'codebook'
              : key === 'e'
                ? 'export'
                : null;
      if (view) {
        event.preventDefault();
        command(view);
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

  // The library item that holds an offset of a document: its message, else the document, else its first message.
  const itemAt = useCallback(
    (documentId: number, offset: number) =>
      items.find((i) => i.kind === 'message' && i.documentId === documentId && offset >= i.message.start && offset < i.message.end) ??
      items.find((i) => i.kind === 'document' && i.documentId === documentId) ??
      items.find((i) => i.documentId === documentId),
    [items],
  );

  /** Opens a range of a document in the reader, selected (a search hit, a quoted copy). */
  const openRange = useCallback(
    (documentId: number, start: number, end: number) => {
      const item = itemAt(documentId, start);
      if (!item) return;
      if (item.key !== openItem?.key) open(item);
      setMiddle('reader');
      setReveal({ documentId, start, end, serial: ++revealSerial.current });
    },
    [itemAt, openItem, open],
  );

  /** Opens a highlight of any document and puts focus on it (the chronology, a link's other end). */
  const openHighlight = useCallback(
    (annotationId: string, documentId: number, start: number) => {
      setMiddle('reader');
      if (document?.id === documentId) {
        const item = itemAt(documentId, start);
        if (item && item.key !== openItem?.key && !pageView) open(item);
        actions.focus(annotationId);
        return;
      }
      const item = itemAt(documentId, start);
      if (!item) return;
      actions.focusOnOpen(annotationId);
      open(item);
    },
    [document, itemAt, openItem, pageView, open, actions],
  );

  // What was typed in the memo last is saved before the case closes.
  const closeCase = useCallback(() => {
    void (memo.flush.current?.() ?? Promise.resolve(true)).finally(onClose);
  }, [memo, onClose]);

  /** Opens a memo's quoted highlight in the reader. */
  const openQuoted = useCallback(
    (annotationId: string) => {
      const highlight = data.highlights?.find((h) => h.id === annotationId);
      if (highlight) openHighlight(highlight.id, highlight.documentId, highlight.start);
      else report('info', 'That highlight is no longer in the case.');
    },
    [data.highlights, openHighlight],
  );
  const openMemo = useCallback(
    (id: number) => {
      memo.open(id);
      setMiddle('memo');
    },
    [memo],
  );
  // Ctrl+Shift+M: the memo in the reader's place and back; with none open yet, the memo list.
  useMemoKeys(() => {
    if (view === 'memo') setMiddle('reader');
    else if (memo.openId !== null) setMiddle('memo');
    else setLeft('memos');
  });

  // A change made outside the reader (search, codebook, links): read highlights, counts and tags again.
  const caseChanged = useCallback(() => {
    void actions.refresh();
  }, [actions]);

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
      reveal={reveal}
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
      <CaseHeader
        info={info}
        onImport={() => setImporting({})}
        onExport={() => setExporting(true)}
        onSearch={() => command('search')}
        chronologyOpen={middle === 'chronology'}
        onChronology={() => command('chronology')}
        onCodebook={() => command('codebook')}
        onUndo={() => void undo()}
        onRedo={() => void redo()}
        onClose={closeCase}
      />
      {codebookOpen && <CodebookDialog tags={data.tags} onChanged={caseChanged} onClose={() => setCodebookOpen(false)} />}
      {exporting && <ExportDialog info={info} document={document ?? null} onClose={() => setExporting(false)} />}
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
        <LeftPaneTabs pane={left} onPane={(pane) => (pane === 'search' ? command('search') : setLeft(pane))}>
        {left === 'memos' ? (
          <MemoList session={memo} shown={view === 'memo'} onOpen={openMemo} onUndo={undo} onQuoteInOpen={quoteInMemo} />
        ) : left === 'search' ? (
          <SearchPanel
            tags={data.tags}
            documents={data.documents}
            onOpen={(hit) => {
              if (hit.annotationId && hit.start !== undefined) openHighlight(hit.annotationId, hit.documentId, hit.start);
              else openRange(hit.documentId, hit.start ?? 0, hit.end ?? hit.start ?? 0);
            }}
            onChanged={caseChanged}
            onClose={() => setLeft('library')}
          />
        ) : (
          <Library items={items} openKey={openItem?.key ?? null} counts={data.counts} highlights={data.highlights} tags={data.tags} caseId={info.id} onOpen={open} />
        )}
        </LeftPaneTabs>
        <main className="case-main">
          {document && view === 'reader' ? <ReviewBar document={document} message={message} onChanged={reload} /> : null}
          {memo.openId !== null ? (
            <MemoWorkspace session={memo} memoId={memo.openId} shown={view === 'memo'} tags={tagIndex} onBack={() => setMiddle('reader')} onOpenSource={openQuoted} />
          ) : null}
          {view === 'memo' ? null : view === 'chronology' ? (
            <ChronologyView
              tags={data.tags}
              version={storyVersion}
              onOpen={(entry) => openHighlight(entry.annotationId, entry.documentId, entry.start)}
              onClose={() => setMiddle('reader')}
            />
          ) : document && pageView ? (
            <PdfReader
              key={document.id}
              document={document}
              message={message}
              messages={pdfMessages}
              highlights={highlights}
              tags={tags}
              tagIndex={tagIndex}
              focusRequest={focusRequest}
              reveal={reveal}
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
        <HighlightSidebar
          highlights={highlights}
          caseHighlights={data.highlights ?? []}
          documents={data.documents}
          messages={data.messages}
          tags={tags}
          tagIndex={tagIndex}
          activeId={activeId}
          actions={actions}
          onGo={goTo}
          onOpenHighlight={(h) => openHighlight(h.annotationId, h.documentId, h.start)}
          onOpenRange={openRange}
          onChanged={caseChanged}
        />
      </div>
      <StatusBar hint={HINT} />
    </div>
  );
}
