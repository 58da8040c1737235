// Quoted copies on the sample case: the failure report and the order stand again in later replies,
// and a highlight carries over to them with its tags.
import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { buildSampleCase } from "../../../main/sample-case";
import { listAnnotations } from "../../../main/store/annotations";
import type { Case } from "../../../main/store/case-file";
import { documentText, listDocuments } from "../../../main/store/documents";
import { listMessages } from "../../../main/store/messages";
import { carryHighlight, quotedCopies } from "../../../main/store/quoted-copies";
import { write } from "../../../main/store/write";
import { findQuotedCopies, isQuotedCopy } from "../../../shared/anchoring/quote";
import { newCase } from "../../support/temp";
import { addTextDocument } from "./documents-fixture";

let host: JobHost;
let c: Case;
beforeAll(async () => {
  host = startJobHost({ workers: 1 });
  c = newCase("sample");
  await buildSampleCase(c, host);
});
afterAll(() => host.close());

const highlight = (start: string) => listAnnotations(c).find((a) => a.quote.startsWith(start))!;
const flat = (s: string) => s.replace(/[\s>]+/g, " ").trim();

describe("finding quoted copies", () => {
  it("tolerates re-wrapped lines and reply quote marks, and nothing else", () => {
    const text = "Reply.\n\n> We were pinged by HQ this\n> morning indicating that we failed.\n\nWe were pinged  by HQ\nthis morning indicating that we failed.";
    const found = findQuotedCopies(text, "We were pinged by HQ this morning indicating that we failed.");
    expect(found.map((r) => flat(text.slice(r.start, r.end)))).toEqual(["We were pinged by HQ this morning indicating that we failed.", "We were pinged by HQ this morning indicating that we failed."]);
    expect(findQuotedCopies(text, "pinged by HQ this evening")).toEqual([]);
    expect(isQuotedCopy("we failed at this\n> > tasking", "we failed at this tasking")).toBe(true);
    expect(isQuotedCopy("we failed at this tasking!", "we failed at this tasking")).toBe(false);
    expect(findQuotedCopies(text, "   ")).toEqual([]);
  });

  it("finds the failure report in the later replies that quote it, oldest first, not in its own message", () => {
    const report = highlight("We were pinged by HQ");
    const copies = quotedCopies(c, report.id);
    const messages = listMessages(c);
    const own = messages.find((m) => m.documentId === report.documentId)!;
    expect(copies.length).toBe(3);
    for (const copy of copies) {
      expect(copy.documentId).not.toBe(report.documentId);
      expect(flat(documentText(c, copy.documentId).slice(copy.start, copy.end))).toBe(flat(report.quote));
      expect(copy.quote).toBe(documentText(c, copy.documentId).slice(copy.start, copy.end));
      expect(Date.parse(copy.date!)).toBeGreaterThan(Date.parse(own.date!));
      expect(copy.alreadyHighlighted).toBe(false);
    }
    const dates = copies.map((x) => Date.parse(x.date!));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(copies[0]!.from).toMatch(/Dale Sampleton/);
  });

  it("finds the order quoted by every reply, and an earlier original from a highlighted quote", () => {
    const order = highlight("three most egregious cases");
    const replies = quotedCopies(c, order.id);
    expect(new Set(replies.map((x) => x.documentId)).size).toBe(5);
    const reply = addTextDocument(c, "Noted.\n\n> three most\n> egregious cases", "reply with marks");
    expect(quotedCopies(c, order.id).map((x) => x.documentId)).toContain(reply);
  });
});

describe("carrying a highlight to its copies", () => {
  it("creates highlights with the same tags, skips those already there, and refuses ranges that are not the passage", () => {
    const report = highlight("We were pinged by HQ");
    const copies = quotedCopies(c, report.id);
    const before = listAnnotations(c).length;
    const first = write(c, () => carryHighlight(c, report.id, copies.slice(0, 2)));
    expect(first.skipped).toBe(0);
    expect(first.created.map((a) => [a.documentId, a.start, a.end, a.tags, a.note])).toEqual(copies.slice(0, 2).map((x) => [x.documentId, x.start, x.end, ["failure report"], ""]));
    expect(quotedCopies(c, report.id).map((x) => x.alreadyHighlighted)).toEqual([true, true, false]);
    const again = write(c, () => carryHighlight(c, report.id, copies));
    expect(again).toMatchObject({ skipped: 2, created: [{ documentId: copies[2]!.documentId }] });
    expect(listAnnotations(c).length).toBe(before + 3);
    const doc = listDocuments(c)[0]!.id;
    expect(() => write(c, () => carryHighlight(c, report.id, [{ documentId: doc, start: 0, end: 10 }]))).toThrow(/does not hold the passage/);
    expect(() => write(c, () => carryHighlight(c, report.id, [{ documentId: report.documentId, start: report.start, end: report.end }]))).toThrow(/the highlight itself/);
    expect(listAnnotations(c).length).toBe(before + 3);
  });
});
