// PDFium (WebAssembly) for the jobs worker: loaded once per thread from the package's own .wasm file
// (never from a URL), with documents opened from bytes and errors turned into sentences.
import { init, type WrappedPdfiumModule } from "@embedpdf/pdfium";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export type Pdfium = WrappedPdfiumModule;

/** Emscripten's views of the wasm memory (present at run time; the package's types leave them out). Re-read after any call that may grow memory. */
export function heap(m: Pdfium): { u8: Uint8Array; u32: Uint32Array; f32: Float32Array; f64: Float64Array } {
  const views = m.pdfium as unknown as { HEAPU8: Uint8Array; HEAPU32: Uint32Array; HEAPF32: Float32Array; HEAPF64: Float64Array };
  return { u8: views.HEAPU8, u32: views.HEAPU32, f32: views.HEAPF32, f64: views.HEAPF64 };
}

let loading: Promise<Pdfium> | undefined;

export function loadPdfium(): Promise<Pdfium> {
  loading ??= (async () => {
    const wasmBinary = readFileSync(createRequire(import.meta.url).resolve("@embedpdf/pdfium/pdfium.wasm"));
    const m = await init({ wasmBinary } as Parameters<typeof init>[0]);
    m.PDFiumExt_Init();
    return m;
  })();
  return loading;
}

/** FPDF_GetLastError codes, as sentences a person understands. */
const LOAD_ERRORS: Record<number, string> = {
  1: "PDFium could not read it (unknown error)",
  2: "the file could not be read",
  3: "it is not a PDF, or it is too damaged to read",
  4: "it is encrypted and needs a password; remove the password and import it again",
  5: "its security handler is not supported",
  6: "a page could not be read",
};

export class PdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PdfError";
  }
}

export interface OpenDocument {
  readonly handle: number;
  readonly pageCount: number;
  close(): void;
}

/** Copies the bytes into PDFium's memory and opens them; close() frees both. */
export function openDocument(m: Pdfium, bytes: Uint8Array): OpenDocument {
  const ptr = m.pdfium.wasmExports.malloc(bytes.byteLength);
  if (!ptr) throw new PdfError(`the PDF (${bytes.byteLength} bytes) does not fit in PDFium's memory`);
  heap(m).u8.set(bytes, ptr);
  const handle = m.FPDF_LoadMemDocument(ptr, bytes.byteLength, "");
  if (!handle) {
    const code = m.FPDF_GetLastError();
    m.pdfium.wasmExports.free(ptr);
    throw new PdfError(`this PDF cannot be opened: ${LOAD_ERRORS[code] ?? `PDFium error ${code}`}`);
  }
  return {
    handle,
    pageCount: m.FPDF_GetPageCount(handle),
    close() {
      m.FPDF_CloseDocument(handle);
      m.pdfium.wasmExports.free(ptr);
    },
  };
}

/** Runs `use` on a loaded page and always closes it. */
export function withPage<T>(m: Pdfium, doc: OpenDocument, index: number, use: (page: number) => T): T {
  const page = m.FPDF_LoadPage(doc.handle, index);
  if (!page) throw new PdfError(`page ${index + 1} cannot be read`);
  try {
    return use(page);
  } finally {
    m.FPDF_ClosePage(page);
  }
}
