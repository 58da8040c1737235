// The page reader's toolbar: the list beside the pages, page view or message view, the page being read
// (type a page number or a stamp to go there), zoom, find in the document, and the release's FOIA marks.
import { useState, type KeyboardEvent } from 'react';
import type { PageView } from '../../../shared/model';
import { plural } from '../format';
import { foiaSummary, resolvePage } from './page-marks';
import { zoomPercent } from './page-geometry';
import { ViewSwitch, type PdfView } from './ViewSwitch';

export interface FindState {
  query: string;
  count: number;
  capped: boolean;
  /** The hit shown, or -1. */
  current: number;
}

interface Props {
  pages: readonly PageView[];
  current: number;
  onGoTo(pageIndex: number): void;
  onGoToFailed(input: string): void;
  scale: number;
  fit: boolean;
  onZoom(change: 'in' | 'out' | 'fit'): void;
  panelOpen: boolean;
  onPanel(): void;
  /** Null for a PDF without printed emails: no message view then. */
  onView: ((view: PdfView) => void) | null;
  find: FindState;
  onFind(query: string): void;
  onFindStep(direction: 1 | -1): void;
  onFindDone(): void;
}

export const FIND_FIELD_ID = 'pdf-find';

/** A page stamp with its number in front: "2017-ICLI-00026 000112" shows "…00026 000112" when narrow. */
function Stamp({ stamp }: { stamp: string }) {
  const at = stamp.trimEnd().lastIndexOf(' ');
  return (
    <span className="pdf-goto-stamp" title={`Page stamp ${stamp}`}>
      {at > 0 ? <span className="pdf-goto-stamp-prefix">{stamp.slice(0, at)}</span> : null}
      <span className="pdf-goto-stamp-number">{at > 0 ? stamp.slice(at + 1) : stamp}</span>
    </span>
  );
}

function GoToPage({ pages, current, onGoTo, onGoToFailed }: Pick<Props, 'pages' | 'current' | 'onGoTo' | 'onGoToFailed'>) {
  const [draft, setDraft] = useState<string | null>(null);
  const page = pages[current];
  const go = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') setDraft(null);
    if (event.key !== 'Enter' || draft === null) return;
    const target = resolvePage(draft, pages);
    if (target === null) onGoToFailed(draft);
    else onGoTo(target);
    setDraft(null);
  };
  return (
    <div className="pdf-goto">
      <label className="pdf-goto-label" htmlFor="pdf-goto">
        Page
      </label>
      <input
        id="pdf-goto"
        className="pdf-goto-input"
        aria-label="Go to page or stamp"
        title="Type a page number or a stamp (Bates number), then Enter"
        value={draft ?? String(current + 1)}
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => setDraft(null)}
        onKeyDown={go}
      />
      <span className="pdf-goto-of">of {pages.length.toLocaleString('en-US')}</span>
      {page?.stamp ? <Stamp stamp={page.stamp} /> : null}
    </div>
  );
}

function FindField({ find, onFind, onFindStep, onFindDone }: Pick<Props, 'find' | 'onFind' | 'onFindStep' | 'onFindDone'>) {
  const status = !find.query.trim() ? '' : find.count === 0 ? 'No matches' : `${find.current + 1} of ${find.count.toLocaleString('en-US')}${find.capped ? '+' : ''}`;
  return (
    <div className="pdf-find" role="search">
      <input
        id={FIND_FIELD_ID}
        type="search"
        className="pdf-find-input"
        placeholder="Find in document"
        aria-label="Find in document"
        aria-describedby="pdf-find-status"
        aria-keyshortcuts="Enter Shift+Enter"
        value={find.query}
        onChange={(event) => onFind(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onFindStep(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onFindDone();
          }
        }}
      />
      <span id="pdf-find-status" className="pdf-find-status" aria-live="polite">
        {status}
      </span>
      <button type="button" className="pdf-tool" aria-label="Previous match" title="Previous match (Shift+Enter)" disabled={find.count === 0} onClick={() => onFindStep(-1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="pdf-tool" aria-label="Next match" title="Next match (Enter)" disabled={find.count === 0} onClick={() => onFindStep(1)}>
        <span aria-hidden="true">↓</span>
      </button>
    </div>
  );
}

/** The release's FOIA marks, compact: redaction boxes, then the exemption codes cited on most pages. */
function FoiaMarks({ pages }: Pick<Props, 'pages'>) {
  const { redactions, exemptions } = foiaSummary(pages);
  if (redactions === 0 && exemptions.length === 0) return <p className="pdf-foia">No redactions or exemption codes found</p>;
  const codes = exemptions.map((e) => `${e.code} on ${plural(e.pages, 'page')}`).join('; ');
  const shown = exemptions.slice(0, 2);
  return (
    <p className="pdf-foia" aria-label={`FOIA marks: ${plural(redactions, 'redaction box', 'redaction boxes')}; ${exemptions.length ? `exemptions ${codes}` : 'no exemption codes'}`}>
      {redactions > 0 ? (
        <span className="pdf-foia-item" title={plural(redactions, 'redaction box', 'redaction boxes')}>
          <span className="pdf-foia-swatch" aria-hidden="true" />
          {redactions.toLocaleString('en-US')}
          <span className="pdf-foia-word">redacted</span>
        </span>
      ) : null}
      {shown.map((e) => (
        <span key={e.code} className="pdf-foia-item" title={`${e.code} is cited on ${plural(e.pages, 'page')}`}>
          <span className="pdf-code">{e.code}</span>×{e.pages.toLocaleString('en-US')}
        </span>
      ))}
      {exemptions.length > shown.length ? (
        <span className="pdf-foia-item pdf-foia-more" title={codes}>
          +{exemptions.length - shown.length}
        </span>
      ) : null}
    </p>
  );
}

export function PdfToolbar(props: Props) {
  const { scale, fit, onZoom, panelOpen, onPanel, onView } = props;
  return (
    <div className="pdf-toolbar" role="toolbar" aria-label="Page reader">
      <div className="pdf-toolbar-row">
        <button type="button" className="pdf-tool" aria-pressed={panelOpen} aria-label="Page list" title="Show or hide the list of pages and emails" onClick={onPanel}>
          <span aria-hidden="true" className="pdf-icon-panel" />
        </button>
        {onView ? <ViewSwitch view="pages" onChange={onView} /> : null}
        <GoToPage {...props} />
        <FoiaMarks pages={props.pages} />
      </div>
      <div className="pdf-toolbar-row">
        <FindField {...props} />
        <div className="pdf-zoom" role="group" aria-label="Zoom">
          <button type="button" className="pdf-tool" aria-label="Zoom out" title="Zoom out (Ctrl+−)" aria-keyshortcuts="Control+-" onClick={() => onZoom('out')}>
            <span aria-hidden="true">−</span>
          </button>
          <output className="pdf-zoom-value" aria-label="Zoom level">
            {zoomPercent(scale)}%
          </output>
          <button type="button" className="pdf-tool" aria-label="Zoom in" title="Zoom in (Ctrl+=)" aria-keyshortcuts="Control+=" onClick={() => onZoom('in')}>
            <span aria-hidden="true">+</span>
          </button>
          <button type="button" className="pdf-tool pdf-tool-text" aria-pressed={fit} title="Fit the page to the width (Ctrl+0)" aria-keyshortcuts="Control+0" onClick={() => onZoom('fit')}>
            Fit width
          </button>
        </div>
      </div>
    </div>
  );
}
