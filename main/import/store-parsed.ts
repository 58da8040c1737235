// Writes what a parsing job returned into the case: the document, its message, its search units,
// and its attachments as documents of their own. Runs inside the caller's transaction.
import { formatAddress } from "../../shared/model";
import type { Case } from "../store/case-file";
import { putBlob, sha256 } from "../store/blobs";
import { findDocumentBySha, insertDocument } from "../store/documents";
import { insertMessage } from "../store/messages";
import { indexUnit } from "../store/search";
import type { ParsedAttachment, ParsedDocument, ParsedEmail } from "../jobs/parsed";
import { storePdf, type PreparedPdf } from "./prepare-pdf";
import { indexPrintedMessages, storePrintedMessages } from "./store-printed";

/** PDFs attached to a message, already read through the jobs, by SHA-256. */
export type PreparedPdfs = ReadonlyMap<string, PreparedPdf>;

export interface Origin {
  sha256: string;
  size: number;
  blobSha256: string;
  blobOffset?: number;
  mediaType: string;
  fileName?: string | null;
  sourcePath?: string | null;
  parentId?: number | null;
  containerIndex?: number | null;
  info?: Record<string, unknown>;
}

const MEDIA_TYPES = { email: "message/rfc822", text: "text/plain", html: "text/html" } as const;

function storeMessage(c: Case, documentId: number, email: ParsedEmail): void {
  const h = email.headers;
  const { id } = insertMessage(c, { documentId, ordinal: 0, start: 0, end: email.text.length, bodyStart: email.bodyStart, ...h });
  const people = [h.from, ...h.to, ...h.cc].map(formatAddress).filter(Boolean).join("; ");
  indexUnit(c, { documentId, messageId: id, body: email.text.slice(email.bodyStart), subject: h.subject, people });
}

function storeAttachment(c: Case, parentId: number, index: number, a: ParsedAttachment, pdfs: PreparedPdfs): number {
  const sha = sha256(a.bytes);
  const existing = findDocumentBySha(c, sha);
  if (existing) return existing.id;
  if (!pdfs.has(sha)) putBlob(c, sha, a.bytes);
  const origin: Origin = {
    sha256: sha,
    size: a.bytes.byteLength,
    blobSha256: sha,
    mediaType: a.mediaType,
    fileName: a.fileName,
    parentId,
    containerIndex: index,
    ...(a.error ? { info: { error: a.error } } : {}),
  };
  const pdf = pdfs.get(sha);
  if (pdf) return storePdf(c, pdf, a.bytes, { ...origin, title: a.fileName ?? `attachment ${index + 1}` });
  if (a.document) return storeParsed(c, a.document, origin, pdfs).documentId;
  return insertDocument(c, { ...origin, kind: "attachment", title: a.fileName ?? `attachment ${index + 1}`, text: "" });
}

/** Stores a parsed document; returns its id and the ids of its attachments. */
export function storeParsed(c: Case, parsed: ParsedDocument, origin: Origin, pdfs: PreparedPdfs = new Map()): { documentId: number; attachmentIds: number[] } {
  const info: Record<string, unknown> = { ...origin.info };
  if (parsed.kind === "email") info.hasHtml = parsed.hasHtml;
  else info.encoding = parsed.encoding;
  const documentId = insertDocument(c, {
    ...origin,
    mediaType: origin.mediaType || MEDIA_TYPES[parsed.kind],
    kind: parsed.kind,
    title: parsed.title,
    text: parsed.text,
    info,
  });
  if (parsed.kind !== "email") {
    if (parsed.printed) indexPrintedMessages(c, documentId, parsed.text, parsed.printed, storePrintedMessages(c, documentId, parsed.printed));
    else indexUnit(c, { documentId, body: parsed.text, subject: parsed.title });
    return { documentId, attachmentIds: [] };
  }
  storeMessage(c, documentId, parsed);
  const attachmentIds = parsed.attachments.map((a, i) => storeAttachment(c, documentId, i, a, pdfs));
  return { documentId, attachmentIds };
}
