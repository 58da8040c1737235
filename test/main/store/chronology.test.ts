// The chronology: tagged passages by the date of their message, falling back to the document's date,
// undated last; filtered by tag and person; with links and source citations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { buildSampleCase } from "../../../main/sample-case";
import { createAnnotation, listAnnotations } from "../../../main/store/annotations";
import type { Case } from "../../../main/store/case-file";
import { chronology } from "../../../main/store/chronology";
import { putBlob, sha256 } from "../../../main/store/blobs";
import { insertDocument } from "../../../main/store/documents";
import { linkAnnotations } from "../../../main/store/links";
import { insertMessage } from "../../../main/store/messages";
import { write } from "../../../main/store/write";
import { compareChronology, sortChronology } from "../../../shared/chronology";
import type { MessageHeaders } from "../../../shared/model";
import { newCase } from "../../support/temp";
import { addTextDocument } from "./documents-fixture";

let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 1 });
});
afterAll(() => host.close());

const headers = (date: string | null, from: string, subject: string): MessageHeaders => ({
  date, dateRaw: date, from: { name: from, address: `${from.toLowerCase()}@example.gov` }, to: [{ name: "Field Office", address: "fo@example.gov" }], cc: [], bcc: [],
  subject, messageId: null, inReplyTo: null, references: [],
});

/** A printed text document holding messages at the given ranges, each with its headers. */
function printed(c: Case, text: string, messages: { start: number; end: number; headers: MessageHeaders }[], parentId: number | null = null): number {
  const bytes = new TextEncoder().encode(text);
  const sha = sha256(bytes);
  return write(c, () => {
    putBlob(c, sha, bytes);
    const id = insertDocument(c, { sha256: sha, kind: "text", title: `printed ${sha.slice(0, 6)}`, mediaType: "text/plain", size: bytes.byteLength, blobSha256: sha, text, parentId });
    messages.forEach((m, ordinal) => insertMessage(c, { documentId: id, ordinal, start: m.start, end: m.end, bodyStart: m.start, ...m.headers }));
    return id;
  });
}

describe("ordering", () => {
  it("goes by instant across offsets, undated last, ties by document and position", () => {
    const entries = [
      { date: null, documentId: 1, start: 0, end: 1 },
      { date: "2017-02-11T08:05:00-06:00", documentId: 2, start: 5, end: 9 },
      { date: "2017-02-11T09:00:00-05:00", documentId: 3, start: 0, end: 1 },
      { date: "2017-02-10T16:12:00-05:00", documentId: 9, start: 0, end: 1 },
      { date: "2017-02-11T08:05:00-06:00", documentId: 2, start: 1, end: 3 },
      { date: "not a date", documentId: 0, start: 0, end: 1 },
    ];
    // 09:00 -05:00 (14:00 UTC) comes before 08:05 -06:00 (14:05 UTC).
    expect(sortChronology(entries).map((e) => `${e.documentId}:${e.start}`)).toEqual(["9:0", "3:0", "2:1", "2:5", "0:0", "1:0"]);
    expect(compareChronology(entries[0]!, entries[0]!)).toBe(0);
  });

  it("dates a passage by its message, else the message its document is attached to, else its document; undated last", () => {
    const c = newCase();
    const text = "HQ: due tonight. --- SA: we failed. --- undated: ping again.";
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const thread = printed(c, text, [
      { ...at("HQ: due tonight."), headers: headers("2017-02-10T16:12:00-05:00", "Harlan", "Due Tonight") },
      { ...at("SA: we failed."), headers: headers("2017-02-11T08:05:00-06:00", "Bram", "RE: Due Tonight") },
      { ...at("undated: ping again."), headers: headers(null, "Quincy", "RE: Due Tonight") },
    ]);
    const attachment = printed(c, "case summary", [], thread);
    const loose = addTextDocument(c, "a loose note nobody dated", "loose");
    write(c, () => {
      createAnnotation(c, { documentId: loose, start: 2, end: 7, tags: ["response"] });
      createAnnotation(c, { documentId: thread, ...at("ping again"), tags: ["order"] });
      createAnnotation(c, { documentId: thread, ...at("we failed"), tags: ["failure report"] });
      createAnnotation(c, { documentId: attachment, start: 0, end: 4, tags: ["response"] });
      createAnnotation(c, { documentId: thread, ...at("due tonight"), tags: ["order"] });
      // Untagged: not part of the story.
      createAnnotation(c, { documentId: thread, ...at("HQ") });
    });
    const story = chronology(c);
    expect(story.map((e) => [e.quote, e.date, e.dateSource, e.from?.replace(/ <.*/, "") ?? null])).toEqual([
      ["due tonight", "2017-02-10T16:12:00-05:00", "message", "Harlan"],
      // An undated message falls back to its document's first dated message, and keeps its own sender.
      ["ping again", "2017-02-10T16:12:00-05:00", "document", "Quincy"],
      // A document without messages takes the date and people of the message it is attached to.
      ["case", "2017-02-10T16:12:00-05:00", "attachment", "Harlan"],
      ["we failed", "2017-02-11T08:05:00-06:00", "message", "Bram"],
      ["loose", null, null, null],
    ]);
    expect(story[0]).toMatchObject({ subject: "Due Tonight", documentId: thread, threadId: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(story[4]).toMatchObject({ messageId: null, threadId: null, documentTitle: "loose" });
    expect(story[0]).not.toHaveProperty("page");
  });
});

describe("the sample case's story", () => {
  let c: Case;
  beforeAll(async () => {
    c = newCase("sample");
    await buildSampleCase(c, host);
  });

  it("runs order → response → failure report in date order, with links on both ends", () => {
    const all = listAnnotations(c);
    const order = all.find((a) => a.quote === "three most egregious cases")!;
    const report = all.find((a) => a.quote.startsWith("We were pinged by HQ"))!;
    write(c, () => linkAnnotations(c, { from: report.id, to: order.id, relation: "reports failure of" }));
    const story = chronology(c);
    const dates = story.map((e) => Date.parse(e.date!));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(story.findIndex((e) => e.annotationId === order.id)).toBeLessThan(story.findIndex((e) => e.annotationId === report.id));
    expect(story.find((e) => e.annotationId === report.id)).toMatchObject({
      tags: ["failure report"],
      from: "Bram Fictus (San Antonio FOD) <sanantonio-fod@example.gov>",
      subject: "RE: Due Tonight for S1 – URGENT",
      links: [{ relation: "reports failure of", direction: "outgoing", annotationId: order.id }],
    });
    expect(story.find((e) => e.annotationId === order.id)!.links).toEqual([{ relation: "reports failure of", direction: "incoming", annotationId: report.id }]);
    expect(new Set(story.map((e) => e.threadId)).size).toBe(1);
  });

  it("filters by tag (with the tags below it) and by person (sender or recipient)", () => {
    expect(chronology(c, { tag: "failure report" }).map((e) => e.tags)).toEqual([["failure report"], ["failure report"]]);
    // Quincy sent two passages and was copied on Dale's and Priya's replies.
    const quincy = chronology(c, { person: "QUINCY" });
    expect(quincy.map((e) => e.from!.replace(/ \(.*/, ""))).toEqual(["Dale Sampleton", "Priya Mockridge", "Quincy Notreal", "Quincy Notreal"]);
    // Priya is a recipient (Cc) of Quincy's message and the sender of her own.
    const priya = chronology(c, { person: "sanantonio-sddo" });
    expect(priya.map((e) => e.from!.replace(/ <.*/, ""))).toEqual(["Priya Mockridge (San Antonio SDDO)", "Quincy Notreal (Austin AFOD)", "Quincy Notreal (Austin AFOD)"]);
    expect(() => chronology(c, { tag: "nope" })).toThrow(/no tag "nope"/);
  });
});
