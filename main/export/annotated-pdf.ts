// The annotated PDF of a PDF document: the original file with one /Highlight annotation per highlight
// (one per page it crosses, sharing its id), written by a jobs worker as an incremental update; the
// export is refused unless the original bytes are an exact prefix of what comes back.
import type { AnnotationView, TagView } from "../../shared/model";
import { pageSlice, rangeRects } from "../../shared/page-rects";
import type { HighlightSpec } from "../jobs/pdf/annotate-pdf";
import type { JobHost } from "../jobs/host";
import { listAnnotations } from "../store/annotations";
import type { Case } from "../store/case-file";
import { CaseError } from "../store/case-error";
import { getDocument, originalOf, readOriginal } from "../store/documents";
import { listPages, pageBoxes } from "../store/pages";
import { listTags } from "../store/tags";
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

/** The highlights of a PDF document as page rectangles in points, from the stored character boxes. */
export function highlightSpecs(c: Case, documentId: number): HighlightSpec[] {
  const pages = listPages(c, documentId);
  const colors = new Map<string, string>(listTags(c).map((t: TagView) => [t.path, t.color]));
  const boxes = new Map<number, Int16Array>();
  const boxesOf = (index: number) => boxes.get(index) ?? boxes.set(index, pageBoxes(c, documentId, index)).get(index)!;
  return listAnnotations(c, { documentId })
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
        const rects = rangeRects(boxesOf(p.pageIndex), slice.from, slice.to).map((r) => r.map((v) => v * HALF_POINT) as [number, number, number, number]);
        return rects.length ? [{ page: p.pageIndex, rects }] : [];
      }),
    }))
    .filter((h) => h.parts.length > 0);
}

export interface AnnotatedPdf {
  path: string;
  highlights: number;
  annotations: number;
  bytes: number;
}

/** Writes the annotated copy of a PDF document to `path` (atomically). */
export async function exportAnnotatedPdf(c: Case, host: JobHost, documentId: number, path: string): Promise<AnnotatedPdf> {
  const document = getDocument(c, documentId);
  if (document.kind !== "pdf") throw new CaseError("invalid", `Document ${documentId} (“${document.title}”) is not a PDF; its annotated export is a rendered PDF, not this one.`);
  const original = originalOf(c, documentId);
  const bytes = readOriginal(c, original, 0, original.size);
  const highlights = highlightSpecs(c, documentId);
  const result = await host.run("annotate-pdf", { bytes, highlights });
  if (!result.ok) throw new CaseError("invalid", `The annotated copy of “${document.title}” could not be written: ${result.error.message}`);
  const out = result.value.bytes;
  if (out.byteLength < bytes.byteLength || !Buffer.from(out.buffer, out.byteOffset, bytes.byteLength).equals(bytes)) {
    throw new CaseError("invalid", `The annotated copy of “${document.title}” would not keep the original bytes as they are; nothing was written.`);
  }
  writeFileAtomic(path, out);
  return { path, highlights: highlights.length, annotations: highlights.reduce((n, h) => n + h.parts.length, 0), bytes: out.byteLength };
}
