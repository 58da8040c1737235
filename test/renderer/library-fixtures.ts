// A small case for the library's unit tests: one printed PDF holding two messages, two emails, an undated email and a loose attachment.
import type { DocumentSummary, MessageSummary } from "../../shared/model";
import { buildLibrary, type LibraryItem } from "../../renderer/src/library-items";

export function doc(id: number, title: string, extra: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id,
    sha256: String(id).padStart(64, "0"),
    title,
    kind: "email",
    pageCount: 0,
    messageCount: 1,
    ocrPages: 0,
    exemptions: [],
    redactions: 0,
    parentId: null,
    fileName: `${id}.eml`,
    size: 100,
    importState: "complete",
    ...extra,
  };
}

export function msg(id: number, documentId: number, date: string | null, from: string | null, subject: string, extra: Partial<MessageSummary> = {}): MessageSummary {
  return {
    id,
    documentId,
    start: 0,
    end: 1000,
    bodyStart: 100,
    date,
    rawDate: date,
    page: null,
    pageEnd: null,
    from,
    to: ["Field Offices <fods@example.gov>"],
    cc: [],
    subject,
    threadId: 1,
    messageId: null,
    ...extra,
  };
}

export const HARLAN = "Harlan Placeholder (ERO HQ) <ero-hq@example.gov>";
export const BRAM = "Bram Fictus (San Antonio FOD) <sanantonio-fod@example.gov>";
export const QUINCY = "Quincy Notreal (Austin AFOD) <austin-afod@example.gov>";

export function sampleLibrary(): LibraryItem[] {
  const documents = [
    doc(1, "Release part 1", { kind: "pdf", fileName: "release-1.pdf", messageCount: 2 }),
    doc(2, "RE: Due Tonight"),
    doc(3, "Undated note"),
    doc(4, "Case summary", { kind: "text", parentId: 2, fileName: "case-summary.txt", messageCount: 0 }),
    doc(5, "FW: Due Tonight"),
  ];
  const messages = [
    msg(11, 1, "2017-02-10T16:12:00-05:00", HARLAN, "Due Tonight", { start: 0, end: 500 }),
    msg(12, 1, "2017-02-11T08:05:00-06:00", BRAM, "RE: Due Tonight", { start: 500, end: 1200 }),
    msg(13, 2, "2017-02-12T10:15:00-06:00", QUINCY, "RE: Due Tonight", { to: ["Dale Sampleton <austin-sddo@example.gov>"] }),
    msg(14, 3, null, BRAM, "Undated note", { threadId: 2 }),
    // 23:30 in Texas on the 10th is already the 11th in UTC: the list says the 10th, and so must the filter.
    msg(15, 5, "2017-02-10T23:30:00-06:00", BRAM, "FW: Due Tonight"),
  ];
  return buildLibrary(documents, messages);
}

