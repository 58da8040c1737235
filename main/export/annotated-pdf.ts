// The annotated PDF of a document. For a PDF: the original file with one /Highlight annotation per
// highlight (one per page it crosses, sharing its id), written by a jobs worker as an incremental
// update, refused unless the original bytes are an exact prefix of what comes back. A release whose
// permissions or certification forbid annotations is refused with the reason (pdf-sniff.ts); junk
// before its "%PDF-" header is kept. For an email or a text: a rendered PDF of its text
// (rendered-pdf.ts) carrying the same kind of annotations.
import type { AnnotationView, DocumentSummary, TagView } from "../../shared/model";
import { pageSlice, rangeRects } from "../../shared/page-rects";
import type { HighlightSpec } from "../jobs/pdf/annotate-pdf";
import type { JobHost } from "../jobs/host";
import { listAnnotations } from "../store/annotations";
import type { Case } from "../store/case-file";
import { CaseError } from "../store/case-error";
import { documentText, getDocument, originalOf, readOriginal } from "../store/documents";
import { listMessages } from "../store/messages";
import { listPages, pageBoxes } from "../store/pages";
import { listTags } from "../store/tags";
import { annotationRefusal, headerOffset } from "./pdf-sniff";
import { repairRebuiltXref } from "./rebuilt-xref";
import { renderTextPdf } from "./rendered-pdf";
import { tidyUpdateTrailer } from "./update-trailer";
import { writeFileAtomic } from "./write-atomic";

/** Boxes are stored in half-points. */
const HALF_POINT = 0.5;
const UNTAGGED: [number, number, number] = [255, 212, 59];

function rgb(hex: string | undefined): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : UNTAGGED;
}

/** "D:20170210161200Z" from an ISO date. */
export function pdfDate(iso: string): string {
  const d = new Date(iso);
  const valid = Number.isNaN(d.getTime()) ? new Date(0) : d;
  return `D:${valid.toISOString().replace(/[-:T]/g, "").slice(0, 14)}Z`;
}

/** What a viewer shows in the highlight's pop-up: its tags, then its note. */
export function highlightContents(a: AnnotationView): string {
  const tags = a.tags.length ? a.tags.join(", ") : "untagged";
  return a.note ? `${tags}\n\n${a.note}` : tags;
}

/** A page's range of the text and its character boxes, with the factor that turns them into points. */
interface PageBoxes {
  pageIndex: number;
  start: number;
  end: number;
  boxes: ArrayLike<number>;
}

/** Highlights as page rectangles in points, from character boxes (`scale` converts them to points). */
function specsFrom(c: Case, annotations: readonly AnnotationView[], pages: readonly PageBoxes[], scale: number): HighlightSpec[] {
  const colors = new Map<string, string>(listTags(c).map((t: TagView) => [t.path, t.color]));
  return annotations
    .filter((a) => a.status !== "orphaned")
    .map((a) => ({
      id: a.id,
      color: rgb(colors.get(a.tags[0] ?? "")),
      contents: highlightContents(a),
      author: a.author,
      modified: pdfDate(a.modifiedAt),
      parts: pages.flatMap((p) => {
        const slice = pageSlice(p, a.start, a.end);
        if (!slice) return [];
        const rects = rangeRects(p.boxes, slice.from, slice.to).map((r) => r.map((v) => v * scale) as [number, number, number, number]);
        return rects.length ? [{ page: p.pageIndex, rects }] : [];
      }),
    }))
    .filter((h) => h.parts.length > 0);
}

/** The highlights of a PDF document (all, or those given) as page rectangles in points, from the stored character boxes. */
export function highlightSpecs(c: Case, documentId: number, annotations: readonly AnnotationView[] = listAnnotations(c, { documentId })): HighlightSpec[] {
  const pages = listPages(c, documentId).map((p) => ({ ...p, boxes: pageBoxes(c, documentId, p.pageIndex) }));
  return specsFrom(c, annotations, pages, HALF_POINT);
}

export interface AnnotatedPdf {
  path: string;
  highlights: number;
  annotations: number;
  bytes: number;
}

/**
 * Writes the annotated PDF of a document to `path` (atomically): for a PDF, the original with its
 * highlights; for anything else, a rendered PDF of its text with the same highlights. `annotations`
 * limits it to some of the document's highlights (all by default).
 */
export async function exportAnnotatedPdf(c: Case, host: JobHost, documentId: number, path: string, annotations?: readonly AnnotationView[]): Promise<AnnotatedPdf> {
  const document = getDocument(c, documentId);
  const mine = annotations?.filter((a) => a.documentId === documentId) ?? listAnnotations(c, { documentId });
  if (document.kind !== "pdf") return exportRenderedPdf(c, host, document, path, mine);
  const original = originalOf(c, documentId);
  const bytes = readOriginal(c, original, 0, original.size);
  const refusal = annotationRefusal(bytes);
  if (refusal) throw new CaseError("invalid", `The annotated copy of “${document.title}” was not written: ${refusal}.`);
  const highlights = highlightSpecs(c, documentId, mine);
  // Offsets in a file with junk before its header count from the header: PDFium is given the file from
  // there, and the junk is put back in front of what it writes.
  const header = headerOffset(bytes);
  const result = await host.run("annotate-pdf", { bytes: header ? bytes.subarray(header) : bytes, highlights });
  if (!result.ok) throw new CaseError("invalid", `The annotated copy of “${document.title}” could not be written: ${result.error.message}`);
  const written = header ? Buffer.concat([bytes.subarray(0, header), result.value.bytes]) : result.value.bytes;
  const out = written.byteLength > bytes.byteLength ? repairRebuiltXref(tidyUpdateTrailer(written, bytes.byteLength), bytes.byteLength) : written;
  if (out.byteLength < bytes.byteLength || !Buffer.from(out.buffer, out.byteOffset, bytes.byteLength).equals(bytes)) {
    throw new CaseError("invalid", `The annotated copy of “${document.title}” would not keep the original bytes as they are; nothing was written.`);
  }
  writeFileAtomic(path, out);
  return { path, highlights: highlights.length, annotations: highlights.reduce((n, h) => n + h.parts.length, 0), bytes: out.byteLength };
}

/** Messages' header blocks are set in bold: the canonical text holds them before each body. */
function headerRanges(c: Case, documentId: number): (offset: number) => boolean {
  const ranges = listMessages(c, { documentId }).map((m) => [m.start, m.bodyStart] as const);
  return (offset) => ranges.some(([from, to]) => offset >= from && offset < to);
}

async function exportRenderedPdf(c: Case, host: JobHost, document: DocumentSummary, path: string, annotations: readonly AnnotationView[]): Promise<AnnotatedPdf> {
  const text = documentText(c, document.id);
  if (!text) throw new CaseError("invalid", `Document ${document.id} (“${document.title}”) has no text to print (an attachment Casemark could not read); save its original instead.`);
  const rendered = await renderTextPdf(text, document.title, headerRanges(c, document.id));
  const highlights = specsFrom(c, annotations, rendered.pages, 1);
  const result = await host.run("annotate-pdf", { bytes: rendered.bytes, highlights });
  if (!result.ok) throw new CaseError("invalid", `The annotated PDF of “${document.title}” could not be written: ${result.error.message}`);
  writeFileAtomic(path, result.value.bytes);
  return { path, highlights: highlights.length, annotations: highlights.reduce((n, h) => n + h.parts.length, 0), bytes: result.value.bytes.byteLength };
}
