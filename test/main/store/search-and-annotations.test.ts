import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { buildSampleCase } from "../../../main/sample-case";
import { createAnnotation, listAnnotations } from "../../../main/store/annotations";
import type { Case } from "../../../main/store/case-file";
import { listDocuments } from "../../../main/store/documents";
import { searchCase } from "../../../main/store/search";
import { verifyCase } from "../../../main/store/verify";
import { write } from "../../../main/store/write";
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

const docOf = (title: RegExp, nth = 0) => listDocuments(c).filter((d) => title.test(d.title))[nth]!.id;

describe("search", () => {
  it("ranks the message that says it first above quoted copies, one hit per message", () => {
    const hits = searchCase(c, '"failed at this tasking"');
    expect(hits.length).toBeGreaterThanOrEqual(1);
    const units = hits.filter((h) => !h.annotationId).map((h) => `${h.documentId}:${h.messageId}`);
    expect(new Set(units).size).toBe(units.length);
    expect(hits[0]!.snippet.replace(/\s+/g, " ")).toMatch(/\[failed\] \[at\] \[this\] \[tasking\]|\[failed at this tasking\]/);
  });

  it("searches subjects, people, prefixes and boolean queries", () => {
    expect(searchCase(c, "subject:urgent").length).toBe(6);
    const afod = listDocuments(c).filter((d) => d.kind === "email").at(-1)!.id;
    expect(searchCase(c, "people:notreal").map((h) => h.documentId)).toContain(afod);
    expect(searchCase(c, "people:notreal").every((h) => !h.annotationId)).toBe(true);
    expect(searchCase(c, "egreg*").length).toBeGreaterThan(0);
    expect(searchCase(c, "pinged NOT egregious").every((h) => !/egregious/i.test(h.snippet))).toBe(true);
  });

  it("falls back to plain words when the query is not valid FTS syntax", () => {
    expect(searchCase(c, 'S1 – "URGENT').length).toBeGreaterThan(0);
    expect(searchCase(c, "(((")).toEqual([]);
  });

  it("finds notes, and filters by tag (a tag finds the passages it marks)", () => {
    const notes = searchCase(c, "package").filter((h) => h.annotationId);
    expect(notes.length).toBeGreaterThan(0);
    const failures = searchCase(c, "tasking", { tag: "failure report" });
    const tagged = listAnnotations(c, { tag: "failure report" }).map((a) => a.documentId);
    expect(failures.length).toBeGreaterThan(0);
    for (const h of failures) expect(tagged).toContain(h.documentId);
    expect(() => searchCase(c, "x", { tag: "no such tag" })).toThrow(/no tag "no such tag"/);
  });
});

describe("annotations", () => {
  it("store quote, context, tags and note, and list by tag including child tags", () => {
    const doc = addTextDocument(c, "The director ordered a report by 2100 tonight.", "memo");
    const a = write(c, () => createAnnotation(c, { documentId: doc, start: 4, end: 20, tags: ["order"], note: "Who gave the order" }));
    expect(a).toMatchObject({ quote: "director ordered", prefix: "The ", suffix: " a report by 2100 tonight.", tags: ["order"], note: "Who gave the order", status: "ok", author: "tester" });
    expect(listAnnotations(c, { documentId: doc })).toEqual([a]);
    expect(listAnnotations(c, { tag: "order" }).map((x) => x.id)).toContain(a.id);
    const row = c.db.prepare("SELECT note_json FROM annotations WHERE id = ?").get(a.id) as { note_json: string };
    expect(JSON.parse(row.note_json).root.children[0].children[0].text).toBe("Who gave the order");
  });

  it("refuse ranges outside the text and unknown tags, writing nothing", () => {
    const doc = docOf(/Due Tonight/);
    const before = listAnnotations(c).length;
    expect(() => write(c, () => createAnnotation(c, { documentId: doc, start: 5, end: 5 }))).toThrow(/not inside/);
    expect(() => write(c, () => createAnnotation(c, { documentId: doc, start: 0, end: 1e9 }))).toThrow(/not inside/);
    expect(() => write(c, () => createAnnotation(c, { documentId: doc, start: 0, end: 4, tags: ["nope"] }))).toThrow(/no tag "nope"/);
    expect(listAnnotations(c).length).toBe(before);
  });
});

describe("verify", () => {
  it("passes on a sound case and names a document whose stored bytes were altered", () => {
    const fresh = newCase();
    const doc = addTextDocument(fresh, "original release text");
    expect(verifyCase(fresh)).toMatchObject({ ok: true, problems: [] });
    fresh.db.prepare("UPDATE blob_chunks SET data = ? WHERE seq = 0").run(Buffer.from("altered release text!"));
    const report = verifyCase(fresh);
    expect(report.ok).toBe(false);
    expect(report.problems.join("\n")).toMatch(/no longer match its SHA-256/);
    expect(doc).toBeGreaterThan(0);
  });
});
