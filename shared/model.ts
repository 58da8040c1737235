// The domain as main, the CLI and the renderer see it: plain data, the shapes of the public JSON.

export type DocumentKind = "email" | "mbox" | "text" | "html" | "pdf" | "msg" | "attachment";

export interface DocumentSummary {
  id: number;
  sha256: string;
  title: string;
  kind: DocumentKind;
  pageCount: number;
  messageCount: number;
  /** Pages whose text came from OCR. */
  ocrPages: number;
  /** FOIA exemption codes found in the document, e.g. "(b)(6)". */
  exemptions: string[];
  /** Redaction boxes found on its pages. */
  redactions: number;
  parentId: number | null;
  fileName: string | null;
  size: number;
  importState: "complete" | "partial";
}

export interface Address {
  name: string;
  address: string;
}

/** A message's headers as parsed, whether from MIME or from a printed header block. */
export interface MessageHeaders {
  /** ISO 8601 in the sender's own offset. */
  date: string | null;
  dateRaw: string | null;
  from: Address | null;
  to: Address[];
  cc: Address[];
  bcc: Address[];
  subject: string | null;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
}

export interface MessageSummary {
  id: number;
  documentId: number;
  /** The message's range of its document's canonical text, and where its body starts. */
  start: number;
  end: number;
  bodyStart: number;
  date: string | null;
  /** The date as the message printed it. */
  rawDate: string | null;
  /** The first page of a message printed in a PDF (0-based), else null. */
  page: number | null;
  pageEnd: number | null;
  /** "Name <address>", or whichever of the two is known. */
  from: string | null;
  to: string[];
  cc: string[];
  subject: string | null;
  threadId: number;
  messageId: string | null;
}

export interface TagView {
  id: number;
  name: string;
  path: string;
  color: string;
  key: number | null;
  description: string;
  count: number;
}

export type AnchorStatus = "ok" | "drifted" | "orphaned";

export interface AnnotationView {
  id: string;
  documentId: number;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  tags: string[];
  /** The note's plain text ("" for none). */
  note: string;
  /** The note as a Lexical editor state (JSON), or null for none. */
  noteJson: string | null;
  author: string;
  status: AnchorStatus;
  createdAt: string;
  modifiedAt: string;
}

export interface SearchHit {
  documentId: number;
  messageId?: number;
  page?: number;
  annotationId?: string;
  snippet: string;
  score: number;
}

export function formatAddress(a: Partial<Address> | null | undefined): string | null {
  if (!a) return null;
  const name = a.name?.trim() ?? "";
  const address = a.address?.trim() ?? "";
  if (name && address && name !== address) return `${name} <${address}>`;
  return name || address || null;
}

export type ImportStatus = "imported" | "duplicate" | "failed";

export interface ImportResult {
  path: string;
  status: ImportStatus;
  documentId?: number;
  /** Every document the file yielded: itself and its attachments, or each message of a container. */
  documentIds?: number[];
  error?: string;
  /** For containers: how their messages fared. */
  messages?: { imported: number; duplicate: number; failed: number };
  /** Problems that did not stop the file, e.g. one unreadable message in an mbox. */
  warnings?: string[];
}

export interface ImportProgress {
  /** Files finished so far, of `total`. */
  filesDone: number;
  total: number;
  path: string;
  /** Messages read so far from the container being imported. */
  messagesDone?: number;
  /** Pages read so far of the PDF being imported, of `pageTotal`. */
  pagesDone?: number;
  pageTotal?: number;
}

/** A page of a PDF document: its range of the canonical text, size in points, stamp and FOIA marks. */
export interface PageView {
  pageIndex: number;
  start: number;
  end: number;
  width: number;
  height: number;
  /** The Bates number or page stamp printed on it. */
  stamp: string | null;
  exemptions: string[];
  ocr: boolean;
  ocrConfidence: number | null;
  /** Redaction boxes, [left, bottom, right, top] in half-points. */
  redactions: number[][];
}

/** What the page reader needs to lay a page's text over its image. */
export interface PageLayout {
  pageIndex: number;
  /** The page's range of the canonical text. */
  start: number;
  end: number;
  /**
   * Four numbers per UTF-16 unit of text[start, end): left, bottom, right, top in half-points of PDF
   * user space (origin bottom left); all zero for a character with no box (a line break).
   */
  boxes: number[];
}
