// The memo methods through the dispatcher, as the window calls them on the sample case: creating,
// renaming, duplicating, deleting and setting the citation style are undo steps (saving is not); the
// evidence follows its highlights (a note edited, a highlight deleted and brought back); exportMemo
// writes to the path given or asks main's save dialog, suggesting the memo's title.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppService } from "../../../main/ipc/app-service";
import { dispatch } from "../../../main/ipc/dispatch";
import type { Service } from "../../../main/ipc/service";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { appendQuote, EMPTY_MEMO } from "../../../shared/memo-state";
import type { AnnotationView, EvidenceQuote, Memo, MemoSummary } from "../../../shared/model";
import { tempDir } from "../../support/temp";

let host: JobHost;
let service: Service;
let app: ReturnType<typeof createAppService>;
/** What the save dialog answers next, and what it was asked. */
let saveAnswer: string | null = null;
const suggested: string[] = [];

beforeAll(async () => {
  host = startJobHost({ workers: 1 });
  const none = async () => null;
  const chooseSavePath = async (name: string) => (suggested.push(name), saveAnswer);
  app = createAppService({ home: tempDir(), host, dialogs: { chooseCaseToOpen: none, chooseNewCasePath: none, chooseFilesToImport: async () => [], chooseSavePath } });
  service = app.service;
  await dispatch(service, "openSample", {});
}, 120_000);
afterAll(async () => {
  app.close();
  await host.close();
});

async function ok<T>(name: string, arg: unknown): Promise<T> {
  const result = await dispatch(service, name, arg);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}
async function refused(name: string, arg: unknown): Promise<{ code: string; message: string }> {
  const result = await dispatch(service, name, arg);
  if (result.ok) throw new Error(`${name} was not refused`);
  return result.error;
}
const titles = async () => (await ok<MemoSummary[]>("listMemos", {})).map((m) => m.title);
const undo = () => ok<{ undone: string | null }>("undo", {});
const redo = () => ok<{ redone: string | null }>("redo", {});

describe("memo methods", () => {
  it("makes create, rename, duplicate and delete undo steps, but not saving", async () => {
    const made = await ok<Memo>("createMemo", { title: "Statement of facts" });
    expect(made).toMatchObject({ title: "Statement of facts", content: EMPTY_MEMO, quotes: 0 });
    const body = appendQuote(EMPTY_MEMO, "some-highlight");
    expect(await ok<MemoSummary>("saveMemo", { id: made.id, content: body })).toMatchObject({ id: made.id, quotes: 1 });
    // Undo skips the save and takes back the creation; redo brings the memo back as it was saved.
    expect(await undo()).toEqual({ undone: "memo created" });
    expect(await refused("getMemo", { id: made.id })).toMatchObject({ code: "not-found" });
    expect(await redo()).toEqual({ redone: "memo created" });
    expect(await ok<Memo>("getMemo", { id: made.id })).toMatchObject({ id: made.id, content: body, quotes: 1 });

    await ok("renameMemo", { id: made.id, title: "Facts" });
    expect(await undo()).toEqual({ undone: "memo renamed" });
    expect((await ok<Memo>("getMemo", { id: made.id })).title).toBe("Statement of facts");
    await redo();
    const copy = await ok<Memo>("duplicateMemo", { id: made.id });
    expect(copy).toMatchObject({ title: "Facts (copy)", content: body });
    expect(await titles()).toEqual(["Facts (copy)", "Facts"]);
    expect(await undo()).toEqual({ undone: "memo duplicated" });
    expect(await titles()).toEqual(["Facts"]);

    const before = await ok<Memo>("getMemo", { id: made.id });
    expect(await ok("deleteMemo", { id: made.id })).toBeNull();
    expect(await titles()).toEqual([]);
    expect(await undo()).toEqual({ undone: "memo deleted" });
    expect(await ok<Memo>("getMemo", { id: made.id })).toEqual(before);
    expect(await redo()).toEqual({ redone: "memo deleted" });
    expect(await titles()).toEqual([]);
    await undo();
    expect(await titles()).toEqual(["Facts"]);
  });

  it("refuses what the contract or the store cannot take", async () => {
    expect(await refused("createMemo", { title: "   " })).toMatchObject({ code: "invalid-argument" });
    expect(await refused("saveMemo", { id: 1, content: "{}" })).toMatchObject({ code: "invalid-argument", message: expect.stringMatching(/not a memo editor state/) });
    expect(await refused("renameMemo", { id: 9999, title: "x" })).toMatchObject({ code: "not-found" });
    expect(await refused("deleteMemo", { id: 9999 })).toMatchObject({ code: "not-found" });
    expect(await refused("setCitationStyle", { template: "{sender}" })).toMatchObject({ code: "invalid", message: expect.stringMatching(/\{sender\} is not a placeholder/) });
  });

  it("sets the citation style as an undo step, and the evidence follows it and its highlights", async () => {
    const [due, cases, , , failed] = await ok<AnnotationView[]>("listAnnotations", {});
    const ids = [due!.id, cases!.id, failed!.id];
    const first = await ok<EvidenceQuote[]>("memoEvidence", { annotationIds: ids });
    expect(first.map((e) => e.quote)).toEqual(["It is due tonight.", "three most egregious cases", failed!.quote]);
    expect(first[0]!.citation).toBe("Email from Harlan Placeholder (ERO HQ) to ERO Field Office Directors (Feb. 10, 2017, 4:12 PM)");
    expect(first[1]!.source).toBe(first[0]!.source);
    expect(first[2]!.source).not.toBe(first[0]!.source);

    expect(await ok("setCitationStyle", { template: "{subject}, {from} ({date})" })).toEqual({ template: "{subject}, {from} ({date})", placeholders: expect.arrayContaining(["{pinpoint}"]) });
    expect((await ok<EvidenceQuote[]>("memoEvidence", { annotationIds: [due!.id] }))[0]!.citation).toBe("Due Tonight for S1 – URGENT, Harlan Placeholder (ERO HQ) (Feb. 10, 2017, 4:12 PM)");
    expect(await undo()).toEqual({ undone: "citation style changed" });
    expect(await ok("citationStyle", {})).toMatchObject({ template: null });
    expect((await ok<EvidenceQuote[]>("memoEvidence", { annotationIds: [due!.id] }))[0]!.citation).toBe(first[0]!.citation);
    await redo();
    expect(await ok("citationStyle", {})).toMatchObject({ template: "{subject}, {from} ({date})" });
    await ok("setCitationStyle", { template: null });

    await ok("updateAnnotation", { id: due!.id, note: "Due the same night." });
    expect((await ok<EvidenceQuote[]>("memoEvidence", { annotationIds: [due!.id] }))[0]).toMatchObject({ note: "Due the same night.", status: "ok" });
    await ok("deleteAnnotation", { id: cases!.id });
    expect((await ok<EvidenceQuote[]>("memoEvidence", { annotationIds: [cases!.id] }))[0]).toMatchObject({ status: "deleted", quote: null, citation: null });
    await undo();
    expect((await ok<EvidenceQuote[]>("memoEvidence", { annotationIds: [cases!.id] }))[0]).toMatchObject({ status: "ok", quote: "three most egregious cases" });
  });

  it("exports to the path given, or where the save dialog says, or not at all when it is cancelled", async () => {
    const [due, cases] = await ok<AnnotationView[]>("listAnnotations", {});
    const memo = await ok<Memo>("createMemo", { title: "Brief: S1 / tasking", content: appendQuote(appendQuote(EMPTY_MEMO, due!.id), cases!.id) });
    const dir = tempDir();
    const md = join(dir, "brief.md");
    const written = await ok<{ path: string; bytes: number }>("exportMemo", { id: memo.id, format: "md", path: md });
    expect(written).toEqual({ path: md, bytes: readFileSync(md).byteLength });
    expect(readFileSync(md, "utf8")).toContain("[^2]: *Id.*");

    saveAnswer = join(dir, "chosen.docx");
    expect(await ok("exportMemo", { id: memo.id, format: "docx" })).toMatchObject({ path: saveAnswer });
    expect(suggested.at(-1)).toBe("Brief S1 tasking.docx");
    expect(Object.keys(unzipSync(readFileSync(saveAnswer)))).toContain("word/footnotes.xml");

    saveAnswer = null;
    expect(await ok("exportMemo", { id: memo.id, format: "pdf" })).toBeNull();
    expect(suggested.at(-1)).toBe("Brief S1 tasking.pdf");
    expect(await refused("exportMemo", { id: 9999, format: "pdf", path: join(dir, "x.pdf") })).toMatchObject({ code: "not-found" });
    expect(existsSync(join(dir, "x.pdf"))).toBe(false);
    expect(await refused("exportMemo", { id: memo.id, format: "pdf", path: join(dir, "no-such-folder", "x.pdf") })).toMatchObject({ code: "invalid", message: expect.stringMatching(/does not exist/) });
    expect(await refused("exportMemo", { id: memo.id, format: "pdf", path: "relative.pdf" })).toMatchObject({ code: "invalid-argument" });
  });
});
