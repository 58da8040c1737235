// One page of the reader: its strip (number, stamp, exemption codes, OCR), its image, and over the
// image the marks and the selectable text, placed absolutely in the page column at its slot.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { memo, useCallback, useEffect, useState } from 'react';
import type { AnnotationView, PageView } from '../../../shared/model';
import type { TagIndex } from '../tag-colors';
import type { Hit } from './find-text';
import { frameSize, frameTransform, plainFrame, type PageFrame } from './page-frame';
import type { PageDraw } from './page-content';
import { pageLabel } from './page-marks';
import { PageCanvas } from './PageCanvas';
import { PageMarks, PageText } from './PageLayers';
import type { RenderQueue } from './render-queue';

interface Props {
  page: PageView;
  count: number;
  top: number;
  width: number;
  height: number;
  scale: number;
  pdf: PDFDocumentProxy | null;
  queue: RenderQueue;
  text: string;
  /** Null until the page's boxes have arrived. */
  draw: PageDraw | null;
  highlights: ReadonlyMap<string, AnnotationView>;
  tags: TagIndex;
  activeId: string | null;
  /** The find hit shown, when it is on this page. */
  currentHit: Hit | null;
}

/** The pdf.js page, once read: its view box and rotation place the text and marks. */
function usePdfPage(pdf: PDFDocumentProxy | null, pageIndex: number): PDFPageProxy | null {
  const [proxy, setProxy] = useState<PDFPageProxy | null>(null);
  useEffect(() => {
    if (!pdf) return;
    let current = true;
    let loaded: PDFPageProxy | null = null;
    pdf.getPage(pageIndex + 1).then(
      (p) => {
        loaded = p;
        if (current) setProxy(p);
      },
      () => undefined,
    );
    return () => {
      current = false;
      // Frees what pdf.js kept to paint the page (fonts and images stay shared in the document).
      loaded?.cleanup();
    };
  }, [pdf, pageIndex]);
  return proxy;
}

export const PdfPage = memo(function PdfPage(props: Props) {
  const { page, count, top, width, height, scale, pdf, queue, text, draw } = props;
  const proxy = usePdfPage(pdf, page.pageIndex);
  const [painted, setPainted] = useState(false);
  const onPainted = useCallback(() => setPainted(true), []);
  const frame: PageFrame = proxy ? { view: proxy.view as PageFrame['view'], rotate: proxy.rotate } : plainFrame(page.width, page.height);
  const size = frameSize(frame, scale);
  const transform = frameTransform(frame, scale);
  const label = pageLabel(page, count);

  return (
    <div className="pdf-page" role="group" aria-label={label} data-page-index={page.pageIndex} data-painted={painted ? '' : undefined} style={{ top, width }}>
      <div className="pdf-page-head" aria-hidden="true">
        <span className="pdf-page-number">{page.pageIndex + 1}</span>
        {page.stamp ? <span className="pdf-page-stamp">{page.stamp}</span> : null}
        <span className="pdf-page-flags">
          {page.exemptions.map((code) => (
            <span key={code} className="pdf-code">
              {code}
            </span>
          ))}
          {page.redactions.length > 0 ? <span className="pdf-flag">{page.redactions.length} redacted</span> : null}
          {page.ocr ? <span className="pdf-flag">OCR{page.ocrConfidence !== null ? ` ${Math.round(page.ocrConfidence)}%` : ''}</span> : null}
        </span>
      </div>
      {/* What the strip shows, for screen readers (the strip itself is hidden from them). */}
      <p className="reader-sr-only">
        {page.exemptions.length > 0 ? `Exemptions ${page.exemptions.join(', ')}. ` : ''}
        {page.redactions.length > 0 ? `${page.redactions.length} redacted areas. ` : ''}
        {page.ocr ? 'Text read by OCR.' : ''}
      </p>
      <div className="pdf-sheet" style={{ height }}>
        <PageCanvas proxy={proxy} pageIndex={page.pageIndex} scale={scale} queue={queue} onPainted={onPainted} />
        <div className="pdf-frame" style={{ width: size.width, height: size.height, transform: transform ?? undefined }}>
          {draw ? (
            <>
              <PageMarks
                page={page}
                pieces={draw.pieces}
                boxes={draw.boxes}
                frame={frame}
                scale={scale}
                parts={draw.parts}
                highlights={props.highlights}
                tags={props.tags}
                tabbable={draw.tabbable}
                activeId={props.activeId}
                hits={draw.hits}
                currentHit={props.currentHit}
              />
              <PageText text={text} pieces={draw.pieces} frame={frame} scale={scale} />
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
});
