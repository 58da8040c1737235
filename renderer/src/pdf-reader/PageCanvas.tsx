// One page's image: painted by pdf.js at the zoom × the screen's pixel ratio into a fresh canvas that
// replaces the old one only when done, so zooming shows the old image stretched, never a blank page.
import type { PDFPageProxy, RenderTask } from 'pdfjs-dist';
import { memo, useEffect, useRef, useState } from 'react';
import type { RenderQueue } from './render-queue';

interface Props {
  proxy: PDFPageProxy | null;
  pageIndex: number;
  scale: number;
  queue: RenderQueue;
  onPainted(pageIndex: number): void;
}

/** A canvas never holds more pixels than this (about 64 MB of RGBA); past it the image is upscaled. */
const MAX_PIXELS = 16_000_000;

export const PageCanvas = memo(function PageCanvas({ proxy, pageIndex, scale, queue, onPainted }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!proxy) return;
    let cancelled = false;
    let task: RenderTask | null = null;
    const drop = queue.add({
      page: pageIndex,
      run: async () => {
        if (cancelled) return;
        const base = proxy.getViewport({ scale: 1 });
        const ratio = window.devicePixelRatio || 1;
        const pixelScale = Math.min(scale * ratio, Math.sqrt(MAX_PIXELS / Math.max(1, base.width * base.height)));
        const viewport = proxy.getViewport({ scale: pixelScale });
        const canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.floor(viewport.width));
        canvas.height = Math.max(1, Math.floor(viewport.height));
        canvas.className = 'pdf-canvas';
        task = proxy.render({ canvas, viewport });
        try {
          await task.promise;
        } catch (error) {
          if (!cancelled) setFailed(true);
          throw error;
        }
        if (cancelled || !holder.current) return;
        holder.current.replaceChildren(canvas);
        performance.mark('casemark:pdf-page-painted', { detail: pageIndex });
        setFailed(false);
        onPainted(pageIndex);
      },
    });
    return () => {
      cancelled = true;
      drop();
      task?.cancel();
    };
  }, [proxy, pageIndex, scale, queue, onPainted]);

  return (
    <>
      <div ref={holder} className="pdf-canvas-holder" />
      {failed ? <p className="pdf-page-note">This page’s image could not be drawn; its text can still be selected.</p> : null}
    </>
  );
});
