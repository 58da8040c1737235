// The answer to a doc://casemark/<id> request: the open case's document original, streamed piece by
// piece (memory stays flat for a 500 MB PDF), with byte ranges for readers that fetch pages on demand.
// The bytes are a released file, perhaps hostile: they are never given a type a browser would run
// (HTML, SVG, scripts) and carry a CSP that forbids everything and sandboxes the response.
import type { Case } from "../store/case-file";
import { CaseError } from "../store/case-error";
import { ORIGINAL_PIECE, originalOf, readOriginal } from "../store/documents";

/** A document's original bytes, by id, for the open case: doc://casemark/<id> (a second custom scheme). */
export const DOC_SCHEME = "doc";
export const DOC_ORIGIN = `${DOC_SCHEME}://casemark`;

/** The document id a doc:// URL asks for, or null for anything else (no other host, path or query). */
export function documentIdOf(url: string): number | null {
  const match = /^doc:\/\/casemark\/([1-9][0-9]{0,14})$/.exec(url);
  return match ? Number(match[1]) : null;
}

/** A byte range a request asks for (one "bytes=a-b", "a-" or "-n"), clamped to size; null: the whole file; "invalid": unsatisfiable. */
export function byteRange(header: string | null, size: number): { start: number; end: number } | null | "invalid" {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return "invalid";
  let start: number;
  let end: number;
  if (match[1] === "") {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start <= end && start < size ? { start, end } : "invalid";
}

/** Media types served as themselves; anything else is served as opaque bytes. */
const SAFE_TYPES = new Set(["application/pdf", "image/png", "image/jpeg", "image/gif", "image/tiff", "image/webp", "text/plain", "message/rfc822", "application/vnd.ms-outlook", "application/mbox"]);

const BASE_HEADERS = {
  "Content-Security-Policy": "default-src 'none'; sandbox",
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "no-store",
  "Accept-Ranges": "bytes",
};

const refuse = (status: number, text: string) => new Response(text, { status, headers: { ...BASE_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });

export function documentResponse(c: Case | null, url: string, rangeHeader: string | null): Response {
  const id = documentIdOf(url);
  if (id === null) return refuse(404, "Not found");
  if (!c) return refuse(404, "No case is open");
  let original;
  try {
    original = originalOf(c, id);
  } catch (error) {
    if (error instanceof CaseError) return refuse(404, error.message);
    throw error;
  }
  const range = byteRange(rangeHeader, original.size);
  if (range === "invalid") return new Response(null, { status: 416, headers: { ...BASE_HEADERS, "Content-Range": `bytes */${original.size}` } });
  const start = range?.start ?? 0;
  const end = range?.end ?? original.size - 1;
  let at = start;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at > end) {
        controller.close();
        return;
      }
      const length = Math.min(ORIGINAL_PIECE, end + 1 - at);
      controller.enqueue(new Uint8Array(readOriginal(c, original, at, length)));
      at += length;
    },
  });
  const type = SAFE_TYPES.has(original.mediaType) ? original.mediaType : "application/octet-stream";
  const headers: Record<string, string> = { ...BASE_HEADERS, "Content-Type": type, "Content-Length": String(end + 1 - start) };
  if (range) headers["Content-Range"] = `bytes ${start}-${end}/${original.size}`;
  return new Response(original.size === 0 ? null : body, { status: range ? 206 : 200, headers });
}
