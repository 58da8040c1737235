// Every real-world email of the shared corpus imports, or fails with a clear per-file reason: no crash, no hang.
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "../../../main/import/import-files";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { listDocuments } from "../../../main/store/documents";
import { listMessages } from "../../../main/store/messages";
import { verifyCase } from "../../../main/store/verify";
import { CORPUS, corpusPath, SKIP_REASON } from "../../support/corpus";
import { newCase } from "../../support/temp";

let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 2, timeoutMs: 20_000 });
});
afterAll(() => host?.close());

describe.skipIf(!CORPUS)(`the shared corpus${CORPUS ? "" : ` (${SKIP_REASON})`}`, () => {
  /** The only reasons a corpus file may fail: formats Casemark does not read, and PDFs nothing can open. */
  const ALLOWED_FAILURE = /unsupported file type|this PDF cannot be opened|the PDF has no pages/;

  it.each(["email-eml", "email-mbox", "email-hostile", "email-msg", "foia-pdf", "pdf-odd", "pdf-hostile"])(
    "%s: every file imports or fails with a reason",
    async (folder) => {
      const c = newCase();
      const results = await importPaths(c, [corpusPath(folder)], { host });
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) {
        expect(["imported", "duplicate", "failed"]).toContain(r.status);
        if (r.status === "failed") expect(r.error, r.path).toMatch(ALLOWED_FAILURE);
        else expect(r.documentId, r.path).toBeGreaterThan(0);
      }
      const counts = Object.fromEntries(["imported", "duplicate", "failed"].map((s) => [s, results.filter((r) => r.status === s).length]));
      console.log(`corpus ${folder}: ${JSON.stringify(counts)}`);
      expect(verifyCase(c)).toMatchObject({ ok: true, problems: [] });
      expect(listDocuments(c).filter((d) => d.importState !== "complete")).toEqual([]);
    },
    180_000,
  );

  it("reads the mbox files as containers of messages", async () => {
    const c = newCase();
    const files = readdirSync(corpusPath("email-mbox")).filter((f) => f.endsWith(".mbox"));
    const results = await importPaths(c, files.map((f) => corpusPath("email-mbox", f)), { host });
    for (const r of results) expect(r.messages?.imported, r.path).toBeGreaterThan(0);
    expect(listMessages(c).length).toBe(results.reduce((n, r) => n + r.messages!.imported, 0));
  });

  it("keeps the zone of Japanese ISO-2022-JP mail and decodes its subject", async () => {
    const c = newCase();
    const [r] = await importPaths(c, [corpusPath("email-eml", "imap_tools_multi_charset", "japanese_iso_2022.eml")], { host });
    expect(r!.status).toBe("imported");
    const [m] = listMessages(c);
    expect(m!.subject).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
