// What the page reader reads for a document: its pages (sizes, stamps, marks) and canonical text from
// the case, and its original PDF opened by pdf.js for the page images. The last PDF stays open for a
// while after the reader closes, so switching to the message view and back does not read it again.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import type { PageView } from '../../../shared/model';
import { call } from '../api';
import { openPdf, type OpenPdf } from './pdfjs-loader';

/** How long an unused PDF stays open (ms): long enough for a trip to the message view and back. */
const KEEP_OPEN_MS = 60_000;

interface Held {
  documentId: number;
  opening: Promise<OpenPdf>;
  users: number;
  timer: ReturnType<typeof setTimeout> | null;
}

let held: Held | null = null;

function close(entry: Held): void {
  if (entry.timer) clearTimeout(entry.timer);
  void entry.opening.then((open) => open.close(), () => undefined);
}

function acquire(documentId: number): Held {
  if (held?.documentId !== documentId) {
    if (held) close(held);
    const entry: Held = { documentId, opening: openPdf(documentId), users: 0, timer: null };
    // A PDF that failed to open is tried again the next time, not remembered as failed.
    entry.opening.catch(() => {
      if (held === entry) held = null;
    });
    held = entry;
  }
  if (held.timer) clearTimeout(held.timer);
  held.timer = null;
  held.users++;
  return held;
}

function release(entry: Held): void {
  entry.users--;
  if (entry.users > 0 || held !== entry) return;
  entry.timer = setTimeout(() => {
    if (held === entry && entry.users === 0) {
      held = null;
      close(entry);
    }
  }, KEEP_OPEN_MS);
}

export interface PdfSource {
  pages: PageView[] | null;
  text: string | null;
  pdf: PDFDocumentProxy | null;
  /** Why the page images cannot be shown (the text layer still works), or null. */
  pdfError: string | null;
}

export function usePdfSource(documentId: number): PdfSource {
  const [state, setState] = useState<PdfSource & { documentId: number }>({ documentId, pages: null, text: null, pdf: null, pdfError: null });

  useEffect(() => {
    let current = true;
    setState({ documentId, pages: null, text: null, pdf: null, pdfError: null });
    // User Timing marks (DevTools' performance panel, the large-release spec): where opening a release spends its time.
    performance.mark('casemark:pdf-start');
    // The pages place the column (and the images can be painted); the text, which can be long, follows.
    void call('listPages', { documentId }).then((pages) => {
      performance.mark('casemark:pdf-pages');
      if (current) setState((s) => (s.documentId === documentId ? { ...s, pages: pages ?? [] } : s));
    });
    void call('documentText', { documentId }).then((text) => {
      performance.mark('casemark:pdf-text');
      if (current) setState((s) => (s.documentId === documentId ? { ...s, text: text?.text ?? '' } : s));
    });
    const entry = acquire(documentId);
    entry.opening.then(
      ({ pdf }) => {
        performance.mark('casemark:pdf-open');
        if (current) setState((s) => (s.documentId === documentId ? { ...s, pdf } : s));
      },
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        if (current) setState((s) => (s.documentId === documentId ? { ...s, pdfError: reason } : s));
      },
    );
    return () => {
      current = false;
      release(entry);
    };
  }, [documentId]);

  return state.documentId === documentId ? state : { pages: null, text: null, pdf: null, pdfError: null };
}
