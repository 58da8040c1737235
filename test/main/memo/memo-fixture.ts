// A small case for the memo tests, built straight through the store: a printed release of two emails
// over three stamped pages, and a loose text without messages or pages; six highlights on them (one
// orphaned); and helpers that write a memo's Lexical state by hand.
import { createAnnotation } from "../../../main/store/annotations";
import { putBlob, sha256 } from "../../../main/store/blobs";
import type { Case } from "../../../main/store/case-file";
import { insertDocument } from "../../../main/store/documents";
import { insertMessage } from "../../../main/store/messages";
import { insertPage } from "../../../main/store/pages";
import { write } from "../../../main/store/write";
import type { MessageHeaders } from "../../../shared/model";

export const ORDER_PAGE_1 = "From: Harlan Placeholder\nIt is due tonight. HQ wants the three most egregious cases from each office.\n";
export const ORDER_PAGE_2 = "Send them to\nthe front office by 9 PM.\n";
export const REPORT_PAGE = "From: Bram Fictus\nWe were pinged by HQ this morning indicating that we failed at this tasking.\n";
export const LOOSE = "Field memo: the San Antonio office sent nothing.";
export const STAMPS = ["2017-ICLI-00026 000123", "2017-ICLI-00026 000124", "2017-ICLI-00026 000125"];

const headers = (date: string, from: [string, string], to: [string, string][], subject: string): MessageHeaders => ({
  date, dateRaw: date, from: { name: from[0], address: from[1] }, to: to.map(([name, address]) => ({ name, address })), cc: [], bcc: [],
  subject, messageId: null, inReplyTo: null, references: [],
});

export interface Fixture {
  release: number;
  loose: number;
  /** due: page 1 of the order; cases: page 1 too; front: page 2 of the order; failed: the report; field: the loose text; lost: orphaned. */
  ids: { due: string; cases: string; front: string; failed: string; field: string; lost: string };
}

function add(c: Case, text: string, title: string): number {
  const bytes = new TextEncoder().encode(text);
  const sha = sha256(bytes);
  putBlob(c, sha, bytes);
  return insertDocument(c, { sha256: sha, kind: "pdf", title, mediaType: "application/pdf", size: bytes.byteLength, blobSha256: sha, text });
}

export function buildFixture(c: Case): Fixture {
  return write(c, () => {
    const text = ORDER_PAGE_1 + ORDER_PAGE_2 + REPORT_PAGE;
    const release = add(c, text, "ICE release 2017-ICLI-00026");
    const pageEnds = [ORDER_PAGE_1.length, ORDER_PAGE_1.length + ORDER_PAGE_2.length, text.length];
    pageEnds.forEach((end, i) =>
      insertPage(c, { documentId: release, pageIndex: i, start: i ? pageEnds[i - 1]! : 0, end, width: 612, height: 792, stamp: STAMPS[i]!, exemptions: [], ocr: false, ocrConfidence: null, redactions: [], boxes: new Int16Array(0) }),
    );
    insertMessage(c, {
      documentId: release, ordinal: 0, start: 0, end: pageEnds[1]!, bodyStart: 25, pageStart: 0, pageEnd: 1,
      ...headers("2017-02-10T16:12:00-05:00", ["Harlan Placeholder", "hq@ice.example"], [["ERO Field Office Directors", "fods@ice.example"]], "Due Tonight for S1 – URGENT"),
    });
    insertMessage(c, {
      documentId: release, ordinal: 1, start: pageEnds[1]!, end: text.length, bodyStart: pageEnds[1]! + 18, pageStart: 2, pageEnd: 2,
      ...headers("2017-02-11T08:05:00-06:00", ["Bram Fictus", "fod@ice.example"], [["SNA ERO AFODs", "afods@ice.example"], ["SDDOs", "sddos@ice.example"]], "RE: failed at this tasking"),
    });
    const loose = add(c, LOOSE, "Field memo");
    const at = (documentId: number, whole: string, quote: string, tags: string[], status?: "orphaned") => {
      const start = whole.indexOf(quote);
      if (start < 0) throw new Error(`not in the text: ${quote}`);
      return createAnnotation(c, { documentId, start, end: start + quote.length, tags, ...(status ? { status } : {}) }).id;
    };
    return {
      release,
      loose,
      ids: {
        due: at(release, text, "It is due tonight.", ["order"]),
        cases: at(release, text, "the three most egregious cases", ["order"]),
        front: at(release, text, "Send them to\nthe front office by 9 PM.", ["order"]),
        failed: at(release, text, "we failed at this tasking.", ["failure report"]),
        field: at(loose, LOOSE, "the San Antonio office sent nothing.", []),
        lost: at(loose, LOOSE, "Field memo", [], "orphaned"),
      },
    };
  });
}

type Json = Record<string, unknown>;
export const text = (t: string, format = 0): Json => ({ type: "text", version: 1, text: t, format, detail: 0, mode: "normal", style: "" });
export const paragraph = (...children: Json[]): Json => ({ type: "paragraph", version: 1, direction: null, format: "", indent: 0, textFormat: 0, textStyle: "", children });
export const heading = (tag: string, t: string): Json => ({ type: "heading", version: 1, tag, direction: null, format: "", indent: 0, children: [text(t)] });
export const quote = (annotationId: string, omissions: [number, number][] = []): Json => ({ type: "evidence-quote", version: 1, annotationId, omissions });
export const list = (listType: "bullet" | "number" | "check", ...items: (Json[] | Json)[]): Json => ({
  type: "list", version: 1, listType, start: 1, tag: listType === "number" ? "ol" : "ul", direction: null, format: "", indent: 0,
  children: items.map((item, i) => ({ type: "listitem", version: 1, value: i + 1, direction: null, format: "", indent: 0, children: Array.isArray(item) ? item : [item] })),
});
export const state = (...children: Json[]): string => JSON.stringify({ root: { type: "root", version: 1, direction: null, format: "", indent: 0, children } });

/** A brief quoting the fixture's highlights in an order that exercises every citation rule. */
export function briefContent(ids: Fixture["ids"]): string {
  return state(
    heading("h1", "Statement of Facts"),
    paragraph(text("Headquarters "), text("ordered", 1), text(" the "), text("tasking", 2), text(" on February 10:")),
    quote(ids.due),
    quote(ids.cases, [[4, 9]]),
    quote(ids.front),
    quote(ids.failed),
    quote("deleted-highlight"),
    paragraph(text("As the field office admitted, "), quote(ids.failed), text(" nothing was sent.")),
    quote(ids.field),
    quote(ids.lost),
    list("number", text("first point"), text("second point")),
    list("bullet", text("a bullet")),
  );
}

const HARLAN = "Email from Harlan Placeholder to ERO Field Office Directors (Feb. 10, 2017, 4:12 PM), at 2017-ICLI-00026 000123";
const BRAM = "Email from Bram Fictus to SNA ERO AFODs and SDDOs (Feb. 11, 2017, 8:05 AM), at 2017-ICLI-00026 000125";
/** The brief's notes, in order: a deleted quote has none, and the quote after it is cited in full again. */
export const BRIEF_NOTES = [HARLAN, "Id.", "Id. at 2017-ICLI-00026 000124", BRAM, BRAM, "Field memo", "Id."];
/** The words of the brief's quotes as its body shows them, in order. */
export const BRIEF_QUOTES = [
  "It is due tonight.",
  "the … most egregious cases",
  "Send them to the front office by 9 PM.",
  "we failed at this tasking.",
  "[Quoted highlight deleted]",
  "“we failed at this tasking.”",
  "the San Antonio office sent nothing.",
  "Field memo",
];
