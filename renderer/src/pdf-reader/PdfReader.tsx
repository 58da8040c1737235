// The page reader for a PDF release: its pages as released, painted by pdf.js and virtualised (only the
// pages in view and one more each way are in the DOM), with the importer's text laid transparently over
// each page so a selection maps to canonical offsets by construction, highlights drawn from the
// characters' boxes, find in the document, the page strip and the printed emails beside the pages.
// Selecting and tagging work as in the email reader: the same toolbar, keys, notes and undo.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { AnnotationView, DocumentSummary, MessageSummary, PageView, TagView } from '../../../shared/model';
import { SelectionToolbar } from '../SelectionToolbar';
import { selectionOffsets } from '../selection-offsets';
import { report } from '../status-store';
import type { TagIndex } from '../tag-colors';
import type { RevealRequest } from '../reveal';
import type { FocusRequest, HighlightActions } from '../use-highlights';
import { useReaderKeys } from '../use-reader-keys';
import { useSelectionToolbar } from '../use-selection-toolbar';
import type { Hit } from './find-text';
import { drawPages, type PageDraw } from './page-content';
import { COLUMN_PAD, stepZoom } from './page-geometry';
import { pageOfOffset } from './page-marks';
import { PdfPage } from './PdfPage';
import { PdfSidePanel, type PanelTab } from './PdfSidePanel';
import { PdfToolbar } from './PdfToolbar';
import { RenderQueue } from './render-queue';
import { useFind } from './use-find';
import { usePageColumn, type Zoom } from './use-page-column';
import { usePageLayouts } from './use-page-layouts';
import { usePdfSource } from './use-pdf-source';
import { useHighlightFocus, usePlaceRange } from './use-reader-navigation';
import { useRevealRange } from './use-reveal-range';
import type { PdfView } from './ViewSwitch';
import '../pdf-reader.css';
import './pages.css';
import './panel.css';

interface Props {
  document: DocumentSummary;
  /** The printed email the library has open in this PDF, if any: the reader goes to its page. */
  message: MessageSummary | null;
  /** The printed emails found in the PDF, in the order of the text. */
  messages: readonly MessageSummary[];
  highlights: readonly AnnotationView[];
  tags: readonly TagView[];
  tagIndex: TagIndex;
  focusRequest: FocusRequest | null;
  /** A range to show and select (a search hit); acted on when it is this document's. */
  reveal: RevealRequest | null;
  actions: HighlightActions;
  onEditNote(id: string): void;
  /** Opens a printed email (the library follows). */
  onOpenMessage(message: MessageSummary): void;
  /** Shows a printed email in the message view. */
  onMessageView(message: MessageSummary): void;
}

/** A printed email is gone to by the topmost line among its first characters (its header block). */
const HEADER_CHARS = 240;
/** The reader's width (CSS px) from which the list beside the pages shows from the start. */
const PANEL_ROOM = 880;

export function PdfReader(props: Props) {
  const source = usePdfSource(props.document.id);
  if (!source.pages) {
    return (
      <section className="reader pdf-reader" aria-label="Reader">
        <p className="reader-loading pdf-loading">Loading pages…</p>
      </section>
    );
  }
  if (source.pages.length === 0) {
    return (
      <section className="reader pdf-reader" aria-label="Reader">
        <p className="reader-loading pdf-loading">This PDF has no pages Casemark could read.</p>
      </section>
    );
  }
  return <PdfReaderBody {...props} pages={source.pages} text={source.text} pdf={source.pdf} pdfError={source.pdfError} />;
}

/** The printed email that holds an offset, if any. */
function messageAt(messages: readonly MessageSummary[], offset: number): MessageSummary | null {
  return messages.find((m) => m.start <= offset && offset < m.end) ?? null;
}

type BodyProps = Props & { pages: PageView[]; text: string | null } & Pick<ReturnType<typeof usePdfSource>, 'pdf' | 'pdfError'>;

function PdfReaderBody({ document, message, messages, highlights, tags, tagIndex, focusRequest, reveal, actions, onEditNote, onOpenMessage, onMessageView, pages, text, pdf, pdfError }: BodyProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const sectionRef = useRef<HTMLElement>(null);
  const listTab: PanelTab = messages.length > 0 ? 'messages' : 'pages';
  const [panel, setPanel] = useState<PanelTab | null>(null);
  // The list beside the pages opens by itself only where it leaves the pages room (PANEL_ROOM).
  useLayoutEffect(() => {
    if ((sectionRef.current?.clientWidth ?? 0) >= PANEL_ROOM) setPanel(listTab);
    // Once, when the reader opens: after that the list is the user's to show or hide.
    // (listTab is fixed for a document, and the reader is keyed by document.)
  }, []);
  const column = usePageColumn(scrollRef, pages, zoom);
  const { scale, slots, first, last, current, scrollTo, viewHeight } = column;
  const layoutOf = usePageLayouts(document.id, pages.length, first, last);

  const currentRef = useRef(current);
  currentRef.current = current;
  const queue = useMemo(() => new RenderQueue(() => currentRef.current), []);

  const placeRange = usePlaceRange({ pages, layoutOf, slots, viewHeight, scrollTo, scrollRef });
  const showHit = useCallback((hit: Hit) => placeRange(hit.start, hit.end), [placeRange]);
  const find = useFind(text ?? '', pages[current]?.start ?? 0, showHit);

  const byId = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);
  const drawn = useRef<ReadonlyMap<number, PageDraw>>(new Map());
  const draws = useMemo(() => {
    // Until the text arrives, the pages show their images only.
    const next = text === null ? new Map<number, PageDraw>() : drawPages(pages, first, last, layoutOf, text, highlights, find.hits, drawn.current);
    drawn.current = next;
    return next;
  }, [pages, first, last, layoutOf, text, highlights, find.hits]);

  const toolbar = useSelectionToolbar(rootRef);
  useReaderKeys({ textRef: rootRef, tags, actions, onEditNote });
  const { refresh } = toolbar;
  useEffect(() => {
    refresh();
  }, [highlights, draws, refresh]);

  const goToPage = useCallback((pageIndex: number) => scrollTo((slots.tops[pageIndex] ?? 0) - COLUMN_PAD / 2), [scrollTo, slots]);

  // The message the library opened: its place, once the column is measured (and again when another opens).
  const measured = last >= first;
  const wentTo = useRef<string | null>(null);
  useLayoutEffect(() => {
    const key = `${document.id}:${message?.id ?? ''}`;
    if (!measured || wentTo.current === key) return;
    wentTo.current = key;
    if (message) placeRange(message.start, Math.min(message.end, message.start + HEADER_CHARS));
  }, [document.id, message, measured, placeRange]);

  useHighlightFocus({ focusRequest, highlights: byId, pages, first, last, placeRange, rootRef, scrollRef, drawn: draws });
  useRevealRange({ reveal, documentId: document.id, measured, placeRange, rootRef, scrollRef, drawn: draws });

  const onZoom = useCallback(
    (change: 'in' | 'out' | 'fit') => setZoom(change === 'fit' ? 'fit' : stepZoom(scale, change === 'in' ? 1 : -1)),
    [scale],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key;
    const change = key === '=' || key === '+' ? 'in' : key === '-' || key === '_' ? 'out' : key === '0' ? 'fit' : null;
    if (change) {
      event.preventDefault();
      onZoom(change);
    }
  };

  // Clicking a highlight (not ending a selection) focuses it, as in the email reader.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const pageElement = (event.target as Element).closest<HTMLElement>('.pdf-page');
    if (!pageElement) return;
    const under = [...pageElement.querySelectorAll<HTMLElement>('.pdf-hl')].filter((el) => {
      const r = el.getBoundingClientRect();
      return event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
    });
    const top = under.at(-1)?.dataset.annotationId;
    if (top) pageElement.querySelector<HTMLElement>(`[data-focus-for="${CSS.escape(top)}"]`)?.focus({ preventScroll: true });
  };

  // Copy gives the canonical text of the selection, line breaks included.
  const onCopy = (event: ClipboardEvent<HTMLDivElement>) => {
    const range = rootRef.current ? selectionOffsets(rootRef.current) : null;
    if (!range || text === null) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', text.slice(range.start, range.end));
  };

  // While the mouse drags a selection, the pages' empty parts keep it from jumping (see pages.css).
  useEffect(() => {
    const up = () => rootRef.current?.classList.remove('selecting');
    window.addEventListener('pointerup', up);
    window.addEventListener('blur', up);
    return () => {
      window.removeEventListener('pointerup', up);
      window.removeEventListener('blur', up);
    };
  }, []);

  const [focusedId, setFocusedId] = useState<string | null>(null);
  const topOffset = pages[current]?.start ?? 0;
  const readingMessage = messageAt(messages, topOffset) ?? message;
  const highlightCounts = useMemo(() => {
    const counts = new Map<number, number>();
    for (const h of highlights) {
      const page = pageOfOffset(pages, h.start);
      counts.set(page, (counts.get(page) ?? 0) + 1);
    }
    return counts;
  }, [highlights, pages]);

  const onTag = useCallback(
    (tag: TagView) => {
      const state = toolbar.state;
      if (state?.mode === 'create') void actions.create(state.range, tag);
      else if (state?.mode === 'edit') void actions.retag(state.id, tag);
    },
    [toolbar.state, actions],
  );
  const editing = toolbar.state?.mode === 'edit' ? toolbar.state.id : null;

  const rendered: number[] = [];
  for (let i = first; i <= last; i++) rendered.push(i);

  return (
    <section ref={sectionRef} className="reader pdf-reader" aria-label="Reader" onKeyDown={onKeyDown}>
      <PdfToolbar
        pages={pages}
        current={current}
        onGoTo={goToPage}
        onGoToFailed={(input) => report('error', `No page or stamp “${input}” in this document.`)}
        scale={scale}
        fit={zoom === 'fit'}
        onZoom={onZoom}
        panelOpen={panel !== null}
        onPanel={() => setPanel((p) => (p === null ? listTab : null))}
        onView={messages.length > 0 ? (view: PdfView) => view === 'message' && onMessageView(readingMessage ?? messages[0]!) : null}
        find={{ query: find.query, count: find.hits.length, capped: find.capped, current: find.index }}
        onFind={find.setQuery}
        onFindStep={find.step}
        onFindDone={() => {
          find.setQuery('');
          scrollRef.current?.focus({ preventScroll: true });
        }}
      />
      <div className={panel ? 'pdf-body pdf-body-panel' : 'pdf-body'}>
        {panel ? (
          <PdfSidePanel
            tab={panel}
            onTab={setPanel}
            pages={pages}
            current={current}
            onPage={goToPage}
            highlightCounts={highlightCounts}
            messages={messages}
            currentMessage={readingMessage?.id ?? null}
            onMessage={(m) => {
              onOpenMessage(m);
              placeRange(m.start, Math.min(m.end, m.start + HEADER_CHARS));
            }}
          />
        ) : null}
        <div className="pdf-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={`Pages of ${document.fileName ?? document.title}`} aria-describedby="pdf-hint">
          {pdfError ? (
            <p className="pdf-banner" role="status">
              The page images cannot be shown ({pdfError}); the text and highlights still work.
            </p>
          ) : null}
          <div
            ref={rootRef}
            className="pdf-pages"
            style={{ height: slots.total, minWidth: slots.width + 2 * COLUMN_PAD }}
            onPointerDown={(event) => {
              if (event.button === 0) rootRef.current?.classList.add('selecting');
            }}
            onClick={onClick}
            onCopy={onCopy}
            onFocus={(event) => setFocusedId(event.target.dataset.focusFor ?? null)}
            onBlur={() => setFocusedId(null)}
          >
            {rendered.map((i) => {
              const page = pages[i]!;
              const draw = draws.get(i) ?? null;
              return (
                <PdfPage
                  key={i}
                  page={page}
                  count={pages.length}
                  top={slots.tops[i]!}
                  width={Math.round(page.width * scale)}
                  height={slots.heights[i]!}
                  scale={scale}
                  pdf={pdf}
                  queue={queue}
                  text={text ?? ''}
                  draw={draw}
                  highlights={byId}
                  tags={tagIndex}
                  activeId={focusedId}
                  currentHit={find.current && draw?.hits.includes(find.current) ? find.current : null}
                />
              );
            })}
          </div>
        </div>
      </div>
      <p id="pdf-hint" className="reader-sr-only">
        Select text with the mouse, then press 1–9 to tag it. Tab to a highlight to re-tag or delete it. Ctrl+plus and Ctrl+minus zoom, Ctrl+0 fits the width.
      </p>
      <SelectionToolbar
        state={toolbar.state}
        tags={tags}
        highlight={editing ? highlights.find((h) => h.id === editing) : undefined}
        onTag={onTag}
        onEditNote={onEditNote}
        onDelete={(id) => void actions.remove(id)}
      />
    </section>
  );
}

