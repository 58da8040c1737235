// The methods issue 6 adds, through the dispatcher as the window calls them: search with filters,
// "highlight all hits", the codebook, links, review marks and quoted copies — each change one undo step.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnnotationView, ChronologyEntry, LinkView, MessageSummary, QuotedCopy, ReviewProgress, SearchHighlights, SearchHit, TagView } from "../../../shared/model";
import { dispatch } from "../../../main/ipc/dispatch";
import { createAppService } from "../../../main/ipc/app-service";
import type { Service } from "../../../main/ipc/service";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { auditChainProblems, auditRows } from "../../../main/store/audit";
import { tempDir } from "../../support/temp";

let host: JobHost;
let service: Service;
let app: ReturnType<typeof createAppService>;
beforeAll(async () => {
  host = startJobHost({ workers: 1 });
  const none = async () => null;
  app = createAppService({ home: tempDir(), host, dialogs: { chooseCaseToOpen: none, chooseNewCasePath: none, chooseFilesToImport: async () => [], chooseSavePath: none } });
  service = app.service;
  await dispatch(service, "openSample", {});
});
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

const annotations = () => ok<AnnotationView[]>("listAnnotations", {});
const tags = async () => Object.fromEntries((await ok<TagView[]>("listTags", {})).map((t) => [t.path, t]));
/** Every highlight with its tags: what codebook undo must put back exactly. */
const tagging = async () => Object.fromEntries((await annotations()).map((a) => [a.id, a.tags]));

describe("search through the window", () => {
  it("takes the new filters, stays compatible with the old arguments, and validates dates", async () => {
    const old = await ok<SearchHit[]>("search", { query: "egregious", tag: "order", limit: 5 });
    expect(old.length).toBeGreaterThan(0);
    const hits = await ok<SearchHit[]>("search", { query: "tasking", from: "bram", to: "supervisors", after: "2017-02-11", before: "2017-02-11" });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.matches !== undefined)).toBe(true);
    expect(await refused("search", { query: "x", after: "yesterday" })).toMatchObject({ code: "invalid-argument", message: expect.stringMatching(/after/) });
    expect(await refused("search", { query: "x", documentId: 0 })).toMatchObject({ code: "invalid-argument" });
  });
});

describe("highlight all hits", () => {
  it("counts first, creates every matched range in one step, undoes and redoes it, and skips what exists", async () => {
    const before = (await annotations()).length;
    const dry = await ok<SearchHighlights>("highlightAllHits", { query: '"three most egregious cases"', tags: ["order"], dryRun: true });
    // Seven places: the HQ original (highlighted already), San Antonio's own relay of it, five quoted copies.
    expect(dry).toEqual({ planned: 6, skipped: 1, created: [] });
    expect((await annotations()).length).toBe(before);
    const made = await ok<SearchHighlights>("highlightAllHits", { query: '"three most egregious cases"', tags: ["order"] });
    expect(made.created).toHaveLength(6);
    expect(made.created.every((a) => a.quote.replace(/\s+/g, " ") === "three most egregious cases" && a.tags.join() === "order")).toBe(true);
    expect((await annotations()).length).toBe(before + 6);
    expect(await ok("undo", {})).toEqual({ undone: "6 highlights created from search" });
    expect((await annotations()).length).toBe(before);
    expect(await ok("redo", {})).toEqual({ redone: "6 highlights created from search" });
    const ids = new Set((await annotations()).map((a) => a.id));
    expect(made.created.every((a) => ids.has(a.id))).toBe(true);
    const again = await ok<SearchHighlights>("highlightAllHits", { query: '"three most egregious cases"', tags: ["order"] });
    expect(again).toMatchObject({ planned: 0, skipped: 7, created: [] });
    // Nothing was made, so nothing new to undo: undo takes back the six again.
    expect(await ok("undo", {})).toEqual({ undone: "6 highlights created from search" });
    expect(await refused("highlightAllHits", { query: "x", tags: ["nope"] })).toMatchObject({ code: "not-found" });
  });
});

describe("the codebook through the window", () => {
  it("creates, recolours and re-keys tags, each undoable", async () => {
    const made = await ok<TagView>("createTag", { path: "failure report/missed deadline", color: "#AA0000", key: 1, description: "A deadline passed." });
    expect(made).toMatchObject({ path: "failure report/missed deadline", color: "#aa0000", key: 1, description: "A deadline passed.", count: 0 });
    expect((await tags())["order"]!.key).toBeNull();
    expect(await ok("undo", {})).toEqual({ undone: "tag created" });
    expect((await tags())["failure report/missed deadline"]).toBeUndefined();
    expect((await tags())["order"]!.key).toBe(1);
    await ok("redo", {});
    expect((await tags())["failure report/missed deadline"]!.key).toBe(1);
    await ok<TagView>("updateTag", { path: "response", key: 1, color: "#123456" });
    expect(await tags()).toMatchObject({ response: { key: 1, color: "#123456" }, "failure report/missed deadline": { key: null } });
    await ok("undo", {});
    expect(await tags()).toMatchObject({ response: { key: 2, color: "#4dabf7" }, "failure report/missed deadline": { key: 1 } });
    expect(await refused("updateTag", { path: "response", key: 10 })).toMatchObject({ code: "invalid-argument" });
    expect(await refused("createTag", { path: "x", color: "red" })).toMatchObject({ code: "invalid-argument" });
  });

  it("renames keeping every highlight, and merges and deletes with counts, undoing each exactly", async () => {
    const start = await tagging();
    const startTags = await tags();
    await ok<TagView>("updateTag", { path: "failure report", name: "failures" });
    const renamed = await tagging();
    for (const [id, list] of Object.entries(start)) expect(renamed[id]).toEqual(list.map((t) => t.replace(/^failure report/, "failures")));
    await ok("undo", {});
    expect(await tagging()).toEqual(start);

    const merged = await ok<{ into: string; annotations: number; added: number }>("mergeTags", { from: "failure report", into: "order" });
    expect(merged).toMatchObject({ into: "order", annotations: 2, added: 2 });
    const after = await tagging();
    for (const [id, list] of Object.entries(start)) if (list.includes("failure report")) expect(after[id]).toContain("order");
    expect((await tags())["order/missed deadline"]).toBeDefined();
    expect(await ok("undo", {})).toEqual({ undone: '"failure report" merged into "order"' });
    expect(await tagging()).toEqual(start);
    expect(await tags()).toEqual(startTags);
    await ok("redo", {});
    expect(await tagging()).toEqual(after);
    await ok("undo", {});

    expect(await ok("tagUsage", { path: "failure report" })).toEqual({ path: "failure report", annotations: 2, direct: 2, subTags: ["failure report/missed deadline"] });
    expect(await refused("deleteTag", { path: "failure report" })).toMatchObject({ code: "needs-confirmation", message: expect.stringMatching(/on 2 highlight/) });
    expect(await ok("deleteTag", { path: "failure report", confirm: true })).toEqual({ removed: ["failure report/missed deadline", "failure report"], untagged: 2, annotations: 2 });
    expect(Object.values(await tagging()).flat()).not.toContain("failure report");
    expect(await ok("undo", {})).toEqual({ undone: "tag deleted" });
    expect(await tagging()).toEqual(start);
    expect(await tags()).toEqual(startTags);
    expect(await ok("deleteTag", { path: "failure report/missed deadline" })).toMatchObject({ removed: ["failure report/missed deadline"] });
    await ok("undo", {});

    const c = app.current()!;
    expect(auditRows(c).map((r) => r.action)).toEqual(expect.arrayContaining(["tag.merge", "tag.delete", "tag.restore", "tag.rename", "tag.key", "tag.color"]));
    expect(auditChainProblems(c)).toEqual([]);
  });
});

describe("links through the window", () => {
  it("link, unlink and survive deleting a highlight when the delete is undone", async () => {
    const all = await annotations();
    const order = all.find((a) => a.quote === "three most egregious cases")!;
    const report = all.find((a) => a.quote.startsWith("We were pinged"))!;
    const reply = all.find((a) => a.quote.startsWith("Attached is the San Antonio summary"))!;
    const link = await ok<LinkView>("linkAnnotations", { from: report.id, to: order.id, relation: "reports failure of" });
    await ok<LinkView>("linkAnnotations", { from: reply.id, to: order.id, relation: "fulfils" });
    expect(await refused("linkAnnotations", { from: order.id, to: order.id, relation: "fulfils" })).toMatchObject({ code: "invalid" });
    expect(await refused("linkAnnotations", { from: order.id, to: report.id, relation: "agrees" })).toMatchObject({ code: "invalid-argument" });
    expect((await annotations()).find((a) => a.id === order.id)!.links!.map((l) => [l.direction, l.annotationId])).toEqual([["incoming", report.id], ["incoming", reply.id]]);

    await ok("deleteAnnotation", { id: order.id });
    expect(await ok<LinkView[]>("listLinks", {})).toEqual([]);
    expect(await ok("undo", {})).toEqual({ undone: "highlight deleted" });
    const back = await ok<LinkView[]>("listLinks", { annotationId: order.id });
    expect(back.map((l) => l.id)).toContain(link.id);
    expect(back).toHaveLength(2);

    expect(await ok("unlinkAnnotations", { id: link.id })).toMatchObject({ id: link.id });
    expect(await ok("undo", {})).toEqual({ undone: "link removed" });
    expect(await ok<LinkView[]>("listLinks", { annotationId: report.id })).toEqual([link]);
    expect(await ok("unlinkAnnotations", { from: reply.id, to: order.id, relation: "fulfils" })).toMatchObject({ relation: "fulfils" });
    expect(await ok("undo", {})).toEqual({ undone: "link removed" });
    expect(await ok("undo", {})).toEqual({ undone: "highlights linked" });
    expect(await ok<LinkView[]>("listLinks", { annotationId: reply.id })).toEqual([]);
    await ok("redo", {});
    expect(await ok<LinkView[]>("listLinks", { annotationId: reply.id })).toHaveLength(1);

    const story = await ok<ChronologyEntry[]>("chronology", { tag: "failure report" });
    expect(story.find((e) => e.annotationId === report.id)!.links).toEqual([{ relation: "reports failure of", direction: "outgoing", annotationId: order.id }]);
    expect(await refused("unlinkAnnotations", { id: 1, from: "a" })).toMatchObject({ code: "invalid-argument" });
  });
});

describe("review marks through the window", () => {
  it("mark messages reviewed and flagged, show progress, and undo each mark", async () => {
    const messages = await ok<MessageSummary[]>("listMessages", {});
    const start = await ok<ReviewProgress>("reviewProgress", {});
    expect(start).toMatchObject({ messagesReviewed: 0, messages: 6, flagged: 0 });
    await ok("setReview", { messageId: messages[0]!.id, reviewed: true });
    await ok("setReview", { messageId: messages[1]!.id, reviewed: true, flagged: true });
    expect(await ok<ReviewProgress>("reviewProgress", {})).toMatchObject({ messagesReviewed: 2, flagged: 1 });
    expect((await ok<MessageSummary[]>("listMessages", { reviewed: true })).map((m) => m.id)).toEqual([messages[0]!.id, messages[1]!.id]);
    expect(await ok("undo", {})).toEqual({ undone: "marked reviewed" });
    expect(await ok<ReviewProgress>("reviewProgress", {})).toMatchObject({ messagesReviewed: 1, flagged: 0 });
    await ok("redo", {});
    expect(await ok<ReviewProgress>("reviewProgress", {})).toMatchObject({ messagesReviewed: 2, flagged: 1 });
    expect(await refused("setReview", { messageId: 1, documentId: 1, reviewed: true })).toMatchObject({ code: "invalid-argument" });
    expect(await refused("setReview", { messageId: 1 })).toMatchObject({ code: "invalid-argument" });
    expect(await refused("setReview", { messageId: 9999, reviewed: true })).toMatchObject({ code: "not-found" });
  });
});

describe("quoted copies through the window", () => {
  it("lists copies and carries a highlight to them as one undo step", async () => {
    const report = (await annotations()).find((a) => a.quote.startsWith("We were pinged"))!;
    const copies = await ok<QuotedCopy[]>("quotedCopies", { annotationId: report.id });
    expect(copies).toHaveLength(3);
    const carried = await ok<{ created: AnnotationView[]; skipped: number }>("carryHighlight", { annotationId: report.id, copies: copies.map(({ documentId, start, end }) => ({ documentId, start, end })) });
    expect(carried.created.map((a) => a.tags)).toEqual([["failure report"], ["failure report"], ["failure report"]]);
    expect((await ok<QuotedCopy[]>("quotedCopies", { annotationId: report.id })).every((x) => x.alreadyHighlighted)).toBe(true);
    expect(await ok("undo", {})).toEqual({ undone: "highlight carried to 3 quoted copies" });
    expect((await ok<QuotedCopy[]>("quotedCopies", { annotationId: report.id })).some((x) => x.alreadyHighlighted)).toBe(false);
    expect(await refused("carryHighlight", { annotationId: report.id, copies: [] })).toMatchObject({ code: "invalid-argument" });
    expect(await refused("quotedCopies", { annotationId: "nope" })).toMatchObject({ code: "not-found" });
  });
});
