// PDF pages: ranges of the document's canonical text with their size, stamp, marks and character boxes.
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { PageLayout, PageView } from "../../shared/model";
import { sql, type Case } from "./case-file";
import { CaseError } from "./case-error";

export type { PageView };

export interface NewPage extends PageView {
  documentId: number;
  /** Four half-point numbers (left, bottom, right, top) per UTF-16 unit of the page's text. */
  boxes: Int16Array;
}

/** Stores a page; its boxes are deflated (runs of similar numbers shrink several times). Call inside a write. */
export function insertPage(c: Case, p: NewPage): number {
  const boxes = p.boxes.byteLength ? deflateRawSync(Buffer.from(p.boxes.buffer, p.boxes.byteOffset, p.boxes.byteLength), { level: 1 }) : null;
  return Number(
    sql(
      c,
      `INSERT INTO pages (document_id, page_index, start, end, width, height, stamp, exemptions_json, ocr, ocr_confidence, boxes, redactions_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(p.documentId, p.pageIndex, p.start, p.end, p.width, p.height, p.stamp, JSON.stringify(p.exemptions), p.ocr ? 1 : 0, p.ocrConfidence, boxes, JSON.stringify(p.redactions)).lastInsertRowid,
  );
}

export function listPages(c: Case, documentId: number): PageView[] {
  const rows = sql(c, "SELECT page_index, start, end, width, height, stamp, exemptions_json, ocr, ocr_confidence, redactions_json FROM pages WHERE document_id = ? ORDER BY page_index").all(documentId) as {
    page_index: number; start: number; end: number; width: number; height: number; stamp: string | null; exemptions_json: string; ocr: number; ocr_confidence: number | null; redactions_json: string;
  }[];
  return rows.map((r) => ({
    pageIndex: r.page_index, start: r.start, end: r.end, width: r.width, height: r.height, stamp: r.stamp,
    exemptions: JSON.parse(r.exemptions_json) as string[], ocr: r.ocr === 1, ocrConfidence: r.ocr_confidence,
    redactions: JSON.parse(r.redactions_json) as number[][],
  }));
}

/** The character boxes of a page, as stored. */
export function pageBoxes(c: Case, documentId: number, pageIndex: number): Int16Array {
  const row = sql(c, "SELECT boxes FROM pages WHERE document_id = ? AND page_index = ?").get(documentId, pageIndex) as { boxes: Buffer | null } | undefined;
  if (!row?.boxes) return new Int16Array(0);
  const raw = inflateRawSync(row.boxes);
  // A copy, so the array is aligned whatever buffer zlib returned.
  return new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
}

/** The pages [from, to) of a document with their text ranges and character boxes, for the page reader's text layer. */
export function pageLayouts(c: Case, documentId: number, from: number, to: number): PageLayout[] {
  const rows = sql(c, "SELECT page_index, start, end, boxes FROM pages WHERE document_id = ? AND page_index >= ? AND page_index < ? ORDER BY page_index").all(documentId, from, to) as {
    page_index: number; start: number; end: number; boxes: Buffer | null;
  }[];
  if (rows.length === 0 && !sql(c, "SELECT 1 FROM documents WHERE id = ?").get(documentId)) throw new CaseError("not-found", `There is no document ${documentId} in this case.`);
  return rows.map((r) => {
    const raw = r.boxes ? inflateRawSync(r.boxes) : Buffer.alloc(0);
    const boxes = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
    return { pageIndex: r.page_index, start: r.start, end: r.end, boxes: Array.from(boxes) };
  });
}
