// Opens a document's original PDF with pdf.js for painting pages, within the app's CSP: the worker and
// every data file pdf.js may want (standard fonts, CMaps, the JavaScript image decoders) are bundled and
// served from the app itself; WebAssembly is off (the CSP does not allow it) and pdf.js 6 has no eval
// path at all (its isEvalSupported option is gone; test/renderer/pdf-bundle.test.ts checks), so JBIG2,
// CCITT and JPEG 2000 images decode through pdf.js's JavaScript fallbacks. The bytes come from
// window.casemark.documentUrl: a small file whole, a large one in ranges as its pages are shown, so a
// 500 MB scan is never read whole. Nothing of the PDF runs: no scripts, no XFA, no forms.
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
// The legacy build: pdf.js 6 uses Map.prototype.getOrInsertComputed and Math.sumPrecise, newer than
// Electron 45's Chromium 142; the legacy build carries polyfills for them (and still no eval).
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import jbig2Url from 'pdfjs-dist/wasm/jbig2_nowasm_fallback.js?url';
import openjpegUrl from 'pdfjs-dist/wasm/openjpeg_nowasm_fallback.js?url';
import routerUrl from './wasm-fallback-router.mjs?url&no-inline';

const standardFonts = import.meta.glob<string>('../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', { query: '?url&no-inline', import: 'default', eager: true });
const cMaps = import.meta.glob<string>('../../../node_modules/pdfjs-dist/cmaps/*.bcmap', { query: '?url&no-inline', import: 'default', eager: true });

/** Bytes per range request: a text page is a few KB, a scanned one 50–500 KB; pdf.js reads a flat page tree chunk by chunk. */
const RANGE_CHUNK = 256 * 1024;
/**
 * Files up to this size are read whole in two requests: fewer round trips than pdf.js's ranges need
 * to find the first page. Larger ones (a 500 MB scan) are read in ranges as pages are shown.
 */
const WHOLE_FILE_MAX = 2 * 1024 * 1024;

const byFileName = (files: Record<string, string>) => new Map(Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));
const FILES: Record<string, Map<string, string>> = { standardFontDataUrl: byFileName(standardFonts), cMapUrl: byFileName(cMaps) };

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** pdf.js asks the page (not its worker) for fonts and CMaps; they come from the bundle by file name. */
class BundledData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = FILES[kind]?.get(filename);
    if (!url) throw new Error(`pdf.js asked for ${kind} ${filename}, which is not bundled`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${filename}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let library: Promise<PdfJs> | null = null;

function loadLibrary(): Promise<PdfJs> {
  library ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = absolute(workerUrl);
    return pdfjs;
  });
  return library;
}

/** Reads the document's bytes from the URL main serves them on: whole when small, else in ranges. */
async function dataSource(pdfjs: PdfJs, url: string): Promise<{ range: InstanceType<PdfJs['PDFDataRangeTransport']> } | { data: Uint8Array }> {
  const first = await fetch(url, { headers: { Range: `bytes=0-${RANGE_CHUNK - 1}` } });
  if (!first.ok) throw new Error(`the original could not be read (HTTP ${first.status})`);
  const head = new Uint8Array(await first.arrayBuffer());
  const total = Number(/\/(\d+)$/.exec(first.headers.get('Content-Range') ?? '')?.[1] ?? Number.NaN);
  // A server that ignores ranges sent the whole file.
  if (first.status !== 206 || !Number.isFinite(total) || total <= head.byteLength) return { data: head };
  if (total <= WHOLE_FILE_MAX) {
    const rest = await fetch(url, { headers: { Range: `bytes=${head.byteLength}-` } });
    if (rest.status !== 206) throw new Error(`the original could not be read (HTTP ${rest.status})`);
    const data = new Uint8Array(total);
    data.set(head);
    data.set(new Uint8Array(await rest.arrayBuffer()), head.byteLength);
    return { data };
  }
  const transport = new pdfjs.PDFDataRangeTransport(total, head);
  transport.requestDataRange = (begin: number, end: number) => {
    void fetch(url, { headers: { Range: `bytes=${begin}-${end - 1}` } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        transport.onDataRange(begin, new Uint8Array(await response.arrayBuffer()));
      })
      .catch(() => transport.abort());
  };
  return { range: transport };
}

export interface OpenPdf {
  pdf: PDFDocumentProxy;
  close(): void;
}

/** Opens a document's PDF; the caller closes it (which ends its worker). */
export async function openPdf(documentId: number): Promise<OpenPdf> {
  const api = window.casemark;
  if (!api) throw new Error('not connected to Casemark');
  const pdfjs = await loadLibrary();
  const source = await dataSource(pdfjs, api.documentUrl(documentId));
  const wasmUrl = `${absolute(routerUrl)}?jbig2=${encodeURIComponent(absolute(jbig2Url))}&openjpeg=${encodeURIComponent(absolute(openjpegUrl))}&f=/`;
  const task: PDFDocumentLoadingTask = pdfjs.getDocument({
    ...source,
    rangeChunkSize: RANGE_CHUNK,
    disableAutoFetch: true,
    disableStream: true,
    useWasm: false,
    wasmUrl,
    enableXfa: false,
    useSystemFonts: false,
    useWorkerFetch: false,
    // Names only: the bundle's files are found by file name (BundledData), never at these URLs.
    standardFontDataUrl: 'bundled:standard_fonts/',
    cMapUrl: 'bundled:cmaps/',
    cMapPacked: true,
    BinaryDataFactory: BundledData,
    disableWorkerRendering: true,
    // pdf.js's console warnings about damaged files are noise to a reader; failures still reach us.
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const pdf = await task.promise;
  return { pdf, close: () => void task.destroy() };
}
