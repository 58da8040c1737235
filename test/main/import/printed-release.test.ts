// Printed releases through the real importer (PDFium text, the read-printed job, the store): a generated
// release segments into exactly the messages it was made from; a real printed PDF and the .eml of the
// same message agree.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPaths } from "../../../main/import/import-files";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import type { Case } from "../../../main/store/case-file";
import { documentText, getDocument } from "../../../main/store/documents";
import { listMessages } from "../../../main/store/messages";
import { listPages } from "../../../main/store/pages";
import { searchCase } from "../../../main/store/search";
import { CORPUS, corpusPath, SKIP_REASON } from "../../support/corpus";
import { generateRelease } from "../../support/generate-release";
import { newCase, tempDir } from "../../support/temp";

let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 2 });
});
afterAll(() => host.close());

const name = (from: string | null) => from?.replace(/\s*<[^>]*>$/, "") ?? null;

function bodyOf(c: Case, messageId: number): string {
  const row = c.db.prepare("SELECT document_id, body_start, end FROM messages WHERE id = ?").get(messageId) as { document_id: number; body_start: number; end: number };
  return documentText(c, row.document_id).slice(row.body_start, row.end).replace(/\s+/g, " ").trim();
}

describe("a generated release imported as a PDF", () => {
  it("yields exactly its messages, with their first pages, stamps and exemption codes", async () => {
    const { bytes, truth } = await generateRelease(40, 11);
    const path = join(tempDir(), "release.pdf");
    writeFileSync(path, bytes);
    const c = newCase();
    const [result] = await importPaths(c, [path], { host });
    expect(result).toMatchObject({ status: "imported" });
    const id = result!.documentId!;
    const messages = listMessages(c, { documentId: id }).sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.id - b.id);
    const found = messages.map((m) => [m.page, name(m.from), m.subject, m.date]);
    const expected = truth.messages.map((t) => [t.firstPage, t.from, t.subject, t.date]);
    const right = found.filter((f) => expected.some((e) => JSON.stringify(e) === JSON.stringify(f))).length;
    const precision = right / found.length;
    const recall = right / expected.length;
    console.log(`generated release through the importer (${expected.length} messages, ${truth.stamps.length} pages): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(found).toEqual(expected);
    expect(listPages(c, id).map((p) => p.stamp)).toEqual(truth.stamps);
    const withCodes = listPages(c, id).filter((p) => p.exemptions.length > 0);
    expect(withCodes.length).toBeGreaterThan(0);
    expect(getDocument(c, id).exemptions).toEqual(expect.arrayContaining(["(b)(6)"]));
    // The generator blacks out phone numbers and names with filled rectangles: found, and on the page.
    const pages = listPages(c, id);
    expect(getDocument(c, id).redactions).toBeGreaterThan(0);
    for (const p of pages) for (const [l, b, r, t] of p.redactions) expect(0 <= l! && l! < r! && r! <= p.width * 2 && 0 <= b! && b! < t! && t! <= p.height * 2).toBe(true);
    expect(searchCase(c, truth.messages[0]!.subject.split(" ")[0]!).length).toBeGreaterThan(0);
    // The exemption filter finds exactly the pages marked with the code.
    const marked = new Set(withCodes.filter((p) => p.exemptions.includes("(b)(6)")).map((p) => p.pageIndex));
    const hits = searchCase(c, "2017", { exemption: "b6", limit: 500 });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(marked.has(h.page!)).toBe(true);
  });
});

describe.skipIf(!CORPUS)(`a printed email and its .eml${CORPUS ? "" : ` (${SKIP_REASON})`}`, () => {
  it("agree on sender, date, subject and body, and share a thread", async () => {
    const c = newCase();
    const [pdf, eml] = await importPaths(
      c,
      [
        corpusPath("foia-pdf", "dcbega_My_Resignation_from_the_Board_of_Ethics_and_Government_Accountability__Redacted.pdf"),
        corpusPath("email-eml", "dcbega_My_Resignation_from_the_Board_of_Ethics_and_Government_Accountability_.msg.eml"),
      ],
      { host },
    );
    const [printed] = listMessages(c, { documentId: pdf!.documentId! });
    const [native] = listMessages(c, { documentId: eml!.documentId! });
    expect(name(printed!.from)).toBe(name(native!.from));
    expect(printed!.subject).toBe(native!.subject);
    // The print shows the sender's local time without a zone (Washington, DC); Outlook rounds seconds.
    const local = DateTime.fromISO(native!.date!).setZone("America/New_York");
    expect(Math.abs(DateTime.fromISO(printed!.date!, { zone: "America/New_York" }).diff(local, "seconds").seconds)).toBeLessThanOrEqual(1);
    expect(bodyOf(c, printed!.id)).toBe(bodyOf(c, native!.id));
    expect(printed!.threadId).toBe(native!.threadId);
  });

  it("reads the scanned Grimaldi emails as messages with readable text", async () => {
    const c = newCase();
    const [r] = await importPaths(c, [corpusPath("foia-pdf", "dcbega_Grimaldi-emails.pdf")], { host });
    const messages = listMessages(c, { documentId: r!.documentId! });
    expect(messages.length).toBeGreaterThanOrEqual(3);
    expect(messages.map((m) => name(m.from))).toEqual(expect.arrayContaining(["Adams, Eugene (OAH)", "Grimaldi, John J. (BEGA)"]));
    expect(messages.every((m) => m.date?.startsWith("201"))).toBe(true);
    for (const m of messages) expect(bodyOf(c, m.id)).toMatch(/[A-Za-z]{4,}( [A-Za-z]{2,}){5}/);
  });
});
