// The page reader's data through the window's contract: pages with stamps and marks, and each page's
// text range with one box per character, matching the document's canonical text.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentSummary, PageLayout, PageView } from "../../../shared/model";
import { createAppService, type AppService } from "../../../main/ipc/app-service";
import { dispatch } from "../../../main/ipc/dispatch";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { generateRelease } from "../../support/generate-release";
import { tempDir } from "../../support/temp";

let host: JobHost;
let app: AppService;
let pdf: DocumentSummary;

async function ok<T>(name: string, arg: unknown): Promise<T> {
  const result = await dispatch(app.service, name, arg);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  host = startJobHost({ workers: 1 });
  const none = async () => null;
  app = createAppService({ home: tempDir(), host, dialogs: { chooseCaseToOpen: none, chooseNewCasePath: none, chooseFilesToImport: async () => [], chooseSavePath: none } });
  const dir = tempDir();
  await ok("newCase", { path: join(dir, "pages.casemark") });
  const { bytes } = await generateRelease(6);
  writeFileSync(join(dir, "release.pdf"), bytes);
  await ok("importFiles", { paths: [join(dir, "release.pdf")] });
  pdf = (await ok<DocumentSummary[]>("listDocuments", {})).find((d) => d.kind === "pdf")!;
}, 60_000);
afterAll(async () => {
  app.close();
  await host.close();
});

describe("pages through the contract", () => {
  it("lists every page with its size, stamp and marks, in order, covering the text", async () => {
    const pages = await ok<PageView[]>("listPages", { documentId: pdf.id });
    expect(pages.map((p) => p.pageIndex)).toEqual([...Array(pdf.pageCount).keys()]);
    expect(pages[0]).toMatchObject({ width: 612, height: 792, stamp: "2017-ICLI-00026 000101", ocr: false });
    expect(pages.some((p) => p.exemptions.includes("(b)(6)"))).toBe(true);
    for (let i = 1; i < pages.length; i++) expect(pages[i]!.start).toBeGreaterThanOrEqual(pages[i - 1]!.end);
  });

  it("gives each page's text range with four box numbers per character, inside the page", async () => {
    const { text } = await ok<{ text: string }>("documentText", { documentId: pdf.id });
    const pages = await ok<PageView[]>("listPages", { documentId: pdf.id });
    const layouts = await ok<PageLayout[]>("pageLayouts", { documentId: pdf.id, from: 0, to: pages.length });
    expect(layouts.map((l) => [l.start, l.end])).toEqual(pages.map((p) => [p.start, p.end]));
    for (const layout of layouts) {
      expect(layout.boxes.length).toBe((layout.end - layout.start) * 4);
      const slice = text.slice(layout.start, layout.end);
      for (let i = 0; i < slice.length; i++) {
        const [left, bottom, right, top] = layout.boxes.slice(i * 4, i * 4 + 4) as [number, number, number, number];
        if (/\s/.test(slice[i]!)) continue;
        // Half-points: inside the 612 × 792 pt page, with some height.
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(612 * 2);
        expect(top).toBeGreaterThan(bottom);
      }
    }
  });

  it("refuses ranges of more than 50 pages, empty ranges and unknown documents", async () => {
    for (const arg of [{ documentId: pdf.id, from: 0, to: 51 }, { documentId: pdf.id, from: 3, to: 3 }]) {
      expect(await dispatch(app.service, "pageLayouts", arg)).toMatchObject({ ok: false, error: { code: "invalid-argument" } });
    }
    expect(await dispatch(app.service, "pageLayouts", { documentId: 999, from: 0, to: 1 })).toMatchObject({ ok: false, error: { code: "not-found" } });
    expect(await dispatch(app.service, "listPages", { documentId: 999 })).toMatchObject({ ok: false, error: { code: "not-found" } });
  });
});
