// The evidence table: one row per highlight, with everything a brief cites — the quote, its tags and
// note, where it is (document, SHA-256 of the source, message, page, page stamp, the exemption codes on
// that page) and a ready pinpoint citation. Written as CSV (RFC 4180, UTF-8 with a BOM so spreadsheet
// programs read the accents right; cells that a spreadsheet would run as a formula are defused), or as
// an .xlsx of the very same rows (xlsx.ts: text cells there never run).
import { citation } from "../../shared/citation";
import { type AnnotationView, type DocumentSummary, type MessageSummary, type PageView } from "../../shared/model";
import { listAnnotations } from "../store/annotations";
import type { Case } from "../store/case-file";
import { listDocuments } from "../store/documents";
import { messageAt } from "../store/messages";
import { listPages } from "../store/pages";
import { writeXlsx, type SheetColumn } from "./xlsx";

export const EVIDENCE_COLUMNS = [
  "Citation",
  "Quote",
  "Tags",
  "Note",
  "Document",
  "Document SHA-256",
  "Message date",
  "From",
  "To",
  "Subject",
  "Page",
  "Page stamp",
  "Exemptions on page",
  "Annotation id",
] as const;

export type EvidenceRow = Record<(typeof EVIDENCE_COLUMNS)[number], string>;

function pageAt(pages: readonly PageView[], offset: number): PageView | undefined {
  // Pages are in order and do not overlap: the last page starting at or before the offset (an offset in
  // the separator after a page counts for that page).
  let found: PageView | undefined;
  for (const p of pages) {
    if (p.start > offset) break;
    found = p;
  }
  return found;
}

export function evidenceRow(a: AnnotationView, document: DocumentSummary, message: MessageSummary | undefined, page: PageView | undefined): EvidenceRow {
  return {
    Citation: citation({
      title: document.title,
      ...(message ? { from: message.from, to: message.to, date: message.date } : {}),
      stamp: page?.stamp ?? null,
      page: page?.pageIndex ?? null,
    }),
    Quote: a.quote,
    Tags: a.tags.join("; "),
    Note: a.note,
    Document: document.title,
    "Document SHA-256": document.sha256,
    "Message date": message?.date ?? "",
    From: message?.from ?? "",
    To: message?.to.join("; ") ?? "",
    Subject: message?.subject ?? "",
    Page: page ? String(page.pageIndex + 1) : "",
    "Page stamp": page?.stamp ?? "",
    "Exemptions on page": page?.exemptions.join("; ") ?? "",
    "Annotation id": a.id,
  };
}

/** Every highlight of the case (or of one document, or with one tag or a tag below it), in document order. */
export function evidenceRows(c: Case, filter: number | { documentId?: number; tag?: string } = {}): EvidenceRow[] {
  const documents = new Map(listDocuments(c).map((d) => [d.id, d]));
  const pages = new Map<number, PageView[]>();
  const pagesOf = (id: number) => pages.get(id) ?? pages.set(id, listPages(c, id)).get(id)!;
  return listAnnotations(c, typeof filter === "number" ? { documentId: filter } : filter).map((a) =>
    evidenceRow(a, documents.get(a.documentId)!, messageAt(c, a.documentId, a.start), pageAt(pagesOf(a.documentId), a.start)),
  );
}

/** A cell as CSV: quoted when it must be; a leading = + - @ (or tab/CR) gets a ' so no spreadsheet runs it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function evidenceCsv(rows: readonly EvidenceRow[]): string {
  const lines = [EVIDENCE_COLUMNS.map(csvCell).join(","), ...rows.map((r) => EVIDENCE_COLUMNS.map((k) => csvCell(r[k])).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** How each column is laid out in the spreadsheet: width in characters, wrapped or not. */
const SHEET: Record<(typeof EVIDENCE_COLUMNS)[number], Omit<SheetColumn, "title">> = {
  Citation: { width: 48, wrap: true },
  Quote: { width: 60, wrap: true },
  Tags: { width: 18, wrap: true },
  Note: { width: 40, wrap: true },
  Document: { width: 30, wrap: true },
  "Document SHA-256": { width: 20 },
  "Message date": { width: 26 },
  From: { width: 28, wrap: true },
  To: { width: 28, wrap: true },
  Subject: { width: 34, wrap: true },
  Page: { width: 7, numeric: true },
  "Page stamp": { width: 24 },
  "Exemptions on page": { width: 18, wrap: true },
  "Annotation id": { width: 38 },
};

/** The evidence table as an .xlsx: the CSV's columns and rows, a bold frozen header with a filter. */
export function evidenceXlsx(rows: readonly EvidenceRow[], title = "Evidence"): Uint8Array {
  const columns = EVIDENCE_COLUMNS.map((k) => ({ title: k, ...SHEET[k] }));
  return writeXlsx("Evidence", columns, rows.map((r) => EVIDENCE_COLUMNS.map((k) => r[k])), title);
}
