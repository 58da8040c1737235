import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "../../../main/import/import-files";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { listDocuments, documentText } from "../../../main/store/documents";
import { listMessages } from "../../../main/store/messages";
import { verifyCase } from "../../../main/store/verify";
import { SAMPLE_DIR } from "../../../main/sample-case";
import { newCase, tempDir } from "../../support/temp";
import { mboxText } from "../../support/generate-mbox";

let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 2 });
});
afterAll(() => host.close());

describe("importing the sample thread", () => {
  it("imports every message, its attachment, and rebuilds one thread in date order", async () => {
    const c = newCase();
    const results = await importPaths(c, [SAMPLE_DIR], { host });
    expect(results.filter((r) => r.status === "failed")).toEqual([]);
    // README.md of the sample folder is plain text and comes in as a text document.
    expect(results.map((r) => r.status)).toEqual(Array(results.length).fill("imported"));
    const messages = listMessages(c);
    expect(messages).toHaveLength(6);
    expect(new Set(messages.map((m) => m.threadId)).size).toBe(1);
    expect(messages.map((m) => m.date)).toEqual([
      "2017-02-10T16:12:00-05:00",
      "2017-02-10T17:48:00-06:00",
      "2017-02-11T08:05:00-06:00",
      "2017-02-11T09:22:00-06:00",
      "2017-02-11T13:40:00-06:00",
      "2017-02-12T10:15:00-06:00",
    ]);
    const attachment = listDocuments(c).find((d) => d.fileName === "case-summary.txt");
    expect(attachment).toMatchObject({ kind: "text", parentId: results.find((r) => r.path.includes("05-"))!.documentId });
    expect(verifyCase(c).ok).toBe(true);
  });

  it("reports the same bytes imported again as duplicates, pointing at the first copy", async () => {
    const c = newCase();
    const first = await importPaths(c, [`${SAMPLE_DIR}03-sanantonio-fod-failed-tasking.eml`], { host });
    const again = await importPaths(c, [`${SAMPLE_DIR}03-sanantonio-fod-failed-tasking.eml`], { host });
    expect(again).toEqual([{ path: expect.any(String), status: "duplicate", documentId: first[0]!.documentId, documentIds: [first[0]!.documentId] }]);
    expect(listDocuments(c)).toHaveLength(1);
  });

  it("threads a reply that arrives before the message it answers", async () => {
    const c = newCase();
    await importPaths(c, [`${SAMPLE_DIR}06-austin-afod-ping-again.eml`, `${SAMPLE_DIR}03-sanantonio-fod-failed-tasking.eml`], { host });
    await importPaths(c, [`${SAMPLE_DIR}01-hq-due-tonight-for-s1.eml`], { host });
    expect(new Set(listMessages(c).map((m) => m.threadId)).size).toBe(1);
  });
});

describe("every file gets its own result", () => {
  it("imports what it can and says why the rest failed, without stopping the batch", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "note.txt"), "Call notes\r\nHQ called at 9.\r\n");
    writeFileSync(join(dir, "sub", "page.html"), "<html><head><title>Press release</title></head><body><p>Hello <i>there</i></p><script>x()</script></body></html>");
    writeFileSync(join(dir, "sub", "scan.pdf"), "%PDF-1.4\n%%EOF\n");
    writeFileSync(join(dir, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(join(dir, "enron.txt"), "Message-ID: <1@enron>\nDate: Mon, 14 May 2001 16:39:00 -0700\nFrom: a@enron.com\nSubject: Re: gas\n\nSee you.\n");
    const c = newCase();
    const results = await importPaths(c, [dir, join(dir, "missing.eml")], { host });
    const byName = Object.fromEntries(results.map((r) => [r.path.split("/").pop(), r]));
    expect(byName["note.txt"]).toMatchObject({ status: "imported" });
    expect(byName["page.html"]).toMatchObject({ status: "imported" });
    expect(byName["enron.txt"]).toMatchObject({ status: "imported" });
    expect(byName["scan.pdf"]).toMatchObject({ status: "failed", error: expect.stringMatching(/this PDF cannot be opened/) });
    expect(byName["image.png"]).toMatchObject({ status: "failed", error: expect.stringMatching(/unsupported file type/) });
    expect(byName["missing.eml"]).toMatchObject({ status: "failed", error: "no such file or folder" });
    expect(documentText(c, byName["page.html"]!.documentId!)).toBe("Hello there");
    expect(listDocuments(c).find((d) => d.id === byName["page.html"]!.documentId)?.title).toBe("Press release");
    expect(listMessages(c).map((m) => m.subject)).toEqual(["Re: gas"]);
  });

  it("refuses to import into a read-only case", async () => {
    const { openCase, closeCase } = await import("../../../main/store/case-file");
    const c = newCase();
    closeCase(c);
    const ro = openCase(c.path, { readonly: true });
    await expect(importPaths(ro, [SAMPLE_DIR], { host })).rejects.toThrow(/read-only/);
    closeCase(ro);
  });
});

describe("mbox import", () => {
  it("makes one document per message whose bytes are a range of the stored mbox", async () => {
    const path = join(tempDir(), "mail.mbox");
    writeFileSync(path, mboxText(40));
    const c = newCase();
    const [result] = await importPaths(c, [path], { host });
    expect(result).toMatchObject({ status: "imported", messages: { imported: 40, duplicate: 0, failed: 0 } });
    expect(result!.documentIds).toHaveLength(40);
    expect(listMessages(c)).toHaveLength(40);
    expect(verifyCase(c)).toMatchObject({ ok: true });
    const again = await importPaths(c, [path], { host });
    expect(again[0]).toMatchObject({ status: "duplicate", documentId: result!.documentId });
  });

  it("resumes an interrupted import: committed messages are duplicates, nothing is half there", async () => {
    const path = join(tempDir(), "mail.mbox");
    writeFileSync(path, mboxText(300));
    const c = newCase();
    const controller = new AbortController();
    const first = await importPaths(c, [path], {
      host,
      signal: controller.signal,
      onProgress: (p) => {
        if ((p.messagesDone ?? 0) >= 100) controller.abort();
      },
    });
    expect(first[0]).toMatchObject({ status: "failed", error: expect.stringMatching(/cancelled/) });
    const committed = first[0]!.documentIds!.length;
    expect(committed).toBeGreaterThanOrEqual(100);
    expect(committed).toBeLessThan(300);
    expect(verifyCase(c).ok).toBe(true);
    const second = await importPaths(c, [path], { host });
    expect(second[0]).toMatchObject({ status: "imported", messages: { imported: 300 - committed, duplicate: committed, failed: 0 } });
    expect(listMessages(c)).toHaveLength(300);
    expect(listDocuments(c).filter((d) => d.importState !== "complete")).toEqual([]);
  });
});
