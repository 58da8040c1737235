// Beside the pages: the page strip (every page's number, stamp and marks, virtualised so 5,000 pages
// cost a screenful of rows) and the printed emails found in the release (from, date, subject; a click
// jumps to the message's page). Up and Down move along either list.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { MessageSummary, PageView } from '../../../shared/model';
import { displayName, shortDate } from '../format';

export type PanelTab = 'pages' | 'messages';

interface Props {
  tab: PanelTab;
  onTab(tab: PanelTab): void;
  pages: readonly PageView[];
  current: number;
  onPage(pageIndex: number): void;
  /** Highlights starting on each page. */
  highlightCounts: ReadonlyMap<number, number>;
  messages: readonly MessageSummary[];
  currentMessage: number | null;
  onMessage(message: MessageSummary): void;
}

/** Row heights in CSS pixels (fixed, so the virtualiser never measures); keep panel.css in step. */
const PAGE_ROW = 34;
const MESSAGE_ROW = 66;

/** "2017-ICLI-00026 000112" → "000112": in a narrow list the number is what tells pages apart (the label says all). */
function stampNumber(stamp: string): string {
  const at = stamp.trimEnd().lastIndexOf(' ');
  return at > 0 ? stamp.slice(at + 1) : stamp;
}

function useRowList(count: number, height: number, current: number) {
  const listRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count, getScrollElement: () => listRef.current, estimateSize: () => height, overscan: 8 });
  // The current row stays in view as the pages scroll.
  useEffect(() => {
    if (current >= 0 && current < count) virtualizer.scrollToIndex(current, { align: 'auto' });
  }, [current, count, virtualizer]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, activate: (index: number) => void) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    const next = Math.min(count - 1, Math.max(0, Number(row.dataset.index) + (event.key === 'ArrowDown' ? 1 : -1)));
    virtualizer.scrollToIndex(next, { align: 'auto' });
    activate(next);
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus());
  };
  return { listRef, virtualizer, onKeyDown };
}

function PageStrip({ pages, current, onPage, highlightCounts }: Pick<Props, 'pages' | 'current' | 'onPage' | 'highlightCounts'>) {
  const { listRef, virtualizer, onKeyDown } = useRowList(pages.length, PAGE_ROW, current);
  return (
    <div ref={listRef} className="pdf-panel-list" onKeyDown={(e) => onKeyDown(e, onPage)}>
      <ol className="pdf-panel-rows" style={{ height: virtualizer.getTotalSize() }} aria-label="Pages">
        {virtualizer.getVirtualItems().map((row) => {
          const page = pages[row.index]!;
          const marks = highlightCounts.get(page.pageIndex) ?? 0;
          return (
            <li key={row.key} style={{ top: row.start, height: PAGE_ROW }}>
              <button
                type="button"
                className="pdf-strip-row"
                data-index={row.index}
                aria-current={row.index === current ? 'page' : undefined}
                aria-label={`Page ${page.pageIndex + 1}${page.stamp ? `, ${page.stamp}` : ''}${marks ? `, ${marks} highlight${marks === 1 ? '' : 's'}` : ''}${page.exemptions.length ? `, exemptions ${page.exemptions.join(' ')}` : ''}`}
                onClick={() => onPage(row.index)}
              >
                <span className="pdf-strip-number">{page.pageIndex + 1}</span>
                <span className="pdf-strip-stamp" title={page.stamp ?? undefined}>
                  {page.stamp ? stampNumber(page.stamp) : ''}
                </span>
                {page.exemptions.length > 0 ? <span className="pdf-strip-code" title={page.exemptions.join(' ')}>{page.exemptions[0]}</span> : null}
                {marks > 0 ? <span className="pdf-strip-marks">{marks}</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function MessageList({ messages, currentMessage, onMessage }: Pick<Props, 'messages' | 'currentMessage' | 'onMessage'>) {
  const at = messages.findIndex((m) => m.id === currentMessage);
  const { listRef, virtualizer, onKeyDown } = useRowList(messages.length, MESSAGE_ROW, at);
  return (
    <div ref={listRef} className="pdf-panel-list" onKeyDown={(e) => onKeyDown(e, (i) => onMessage(messages[i]!))}>
      <ol className="pdf-panel-rows" style={{ height: virtualizer.getTotalSize() }} aria-label="Printed emails">
        {virtualizer.getVirtualItems().map((row) => {
          const message = messages[row.index]!;
          return (
            <li key={row.key} style={{ top: row.start, height: MESSAGE_ROW }}>
              <button type="button" className="pdf-message-row" data-index={row.index} aria-current={row.index === at ? 'true' : undefined} onClick={() => onMessage(message)}>
                <span className="pdf-message-top">
                  <span className="pdf-message-from">{displayName(message.from)}</span>
                  <span className="pdf-message-page">p. {(message.page ?? 0) + 1}</span>
                </span>
                <span className="pdf-message-date">{shortDate(message.date) || message.rawDate || 'No date'}</span>
                <span className="pdf-message-subject">{message.subject?.trim() || 'No subject'}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function PdfSidePanel(props: Props) {
  const { tab, onTab, messages } = props;
  const tabs: [PanelTab, string][] = [['pages', `Pages ${props.pages.length}`]];
  if (messages.length > 0) tabs.push(['messages', `Emails ${messages.length}`]);
  const shown = tab === 'messages' && messages.length > 0 ? 'messages' : 'pages';
  return (
    <nav className="pdf-panel" aria-label="Pages and emails of the release">
      <div className="pdf-panel-tabs" role="tablist" aria-label="List">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`pdf-tab-${id}`}
            aria-selected={shown === id}
            aria-controls={`pdf-tabpanel-${id}`}
            tabIndex={shown === id ? 0 : -1}
            className="pdf-panel-tab"
            onClick={() => onTab(id)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
              const next = tabs[(tabs.findIndex(([t]) => t === id) + 1) % tabs.length]![0];
              onTab(next);
              requestAnimationFrame(() => document.getElementById(`pdf-tab-${next}`)?.focus());
            }}
          >
            {label.replace(/ \d+$/, '')} <span className="pane-count">{label.slice(label.lastIndexOf(' ') + 1)}</span>
          </button>
        ))}
      </div>
      <div className="pdf-panel-body" role="tabpanel" id={`pdf-tabpanel-${shown}`} aria-labelledby={`pdf-tab-${shown}`}>
        {shown === 'pages' ? <PageStrip {...props} /> : <MessageList {...props} />}
      </div>
    </nav>
  );
}
