import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnnotationView } from "../../../shared/model";
import { dispatch } from "../../../main/ipc/dispatch";
import { createAppService } from "../../../main/ipc/app-service";
import type { Service } from "../../../main/ipc/service";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { auditRows } from "../../../main/store/audit";
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

const tagsOf = async (id: string) => (await ok<AnnotationView[]>("listAnnotations", {})).find((a) => a.id === id)?.tags ?? null;

describe("annotation changes through the window, with undo and redo", () => {
  it("re-tags, writes notes, undoes and redoes each step, in order", async () => {
    const a = await ok<AnnotationView>("createAnnotation", { documentId: 1, start: 10, end: 20, tags: ["order"] });
    await ok("updateAnnotation", { id: a.id, tags: ["failure report"] });
    await ok("updateAnnotation", { id: a.id, note: "HQ's tasking" });
    expect(await ok("undo", {})).toEqual({ undone: "note changed" });
    expect((await ok<AnnotationView[]>("listAnnotations", {})).find((x) => x.id === a.id)?.note).toBe("");
    expect(await ok("undo", {})).toEqual({ undone: "highlight re-tagged" });
    expect(await tagsOf(a.id)).toEqual(["order"]);
    expect(await ok("undo", {})).toEqual({ undone: "highlight created" });
    expect(await tagsOf(a.id)).toBeNull();
    expect(await ok("redo", {})).toEqual({ redone: "highlight created" });
    expect(await tagsOf(a.id)).toEqual(["order"]);
    expect(await ok("redo", {})).toEqual({ redone: "highlight re-tagged" });
    expect(await tagsOf(a.id)).toEqual(["failure report"]);
  });

  it("keeps a rich-text note, derives its plain text, and undoes it back to the note before", async () => {
    const rich = (...runs: [string, number][]) =>
      JSON.stringify({ root: { type: "root", children: [{ type: "paragraph", children: runs.map(([text, format]) => ({ type: "text", text, format })) }] } });
    const a = await ok<AnnotationView>("createAnnotation", { documentId: 3, start: 1, end: 9, tags: ["order"], note: "first" });
    const json = rich(["HQ ", 0], ["ordered", 1], [" it", 2]);
    expect(await ok("updateAnnotation", { id: a.id, noteJson: json })).toMatchObject({ note: "HQ ordered it", noteJson: json });
    const found = await ok<{ annotationId?: string }[]>("search", { query: "ordered" });
    expect(found.some((hit) => hit.annotationId === a.id)).toBe(true);
    expect(await ok("undo", {})).toEqual({ undone: "note changed" });
    const back = (await ok<AnnotationView[]>("listAnnotations", {})).find((x) => x.id === a.id);
    expect(back).toMatchObject({ note: "first" });
    expect(JSON.parse(back!.noteJson!)).toMatchObject({ root: { children: [{ children: [{ text: "first" }] }] } });
    const refused = await dispatch(service, "updateAnnotation", { id: a.id, noteJson: JSON.stringify({ root: { type: "root", children: [{ type: "image" }] } }) });
    expect(refused).toMatchObject({ ok: false, error: { code: "invalid-argument" } });
  });

  it("restores a deleted highlight with its id, tags, note and dates", async () => {
    const a = await ok<AnnotationView>("createAnnotation", { documentId: 2, start: 5, end: 15, tags: ["response"], note: "keep" });
    expect(await ok("deleteAnnotation", { id: a.id })).toBeNull();
    expect(await tagsOf(a.id)).toBeNull();
    await ok("undo", {});
    const back = (await ok<AnnotationView[]>("listAnnotations", {})).find((x) => x.id === a.id);
    expect(back).toMatchObject({ tags: ["response"], note: "keep", createdAt: a.createdAt, start: 5, end: 15 });
    expect(await ok("redo", {})).toEqual({ redone: "highlight deleted" });
    expect(await ok("undo", {})).toEqual({ undone: "highlight deleted" });
  });

  it("says when there is nothing to undo, refuses unknown tags, and audits every change", async () => {
    const fresh = `${tempDir()}/empty.casemark`;
    await ok("newCase", { path: fresh });
    expect(await ok("undo", {})).toEqual({ undone: null });
    expect(await ok("redo", {})).toEqual({ redone: null });
    await ok("openSample", {});
    const a = await ok<AnnotationView>("createAnnotation", { documentId: 1, start: 30, end: 40, tags: ["order"] });
    expect(await dispatch(service, "updateAnnotation", { id: a.id, tags: ["nope"] })).toMatchObject({ ok: false, error: { code: "not-found" } });
    expect(await tagsOf(a.id)).toEqual(["order"]);
    const actions = auditRows(app.current()!).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["annotation.create", "annotation.update", "annotation.delete"]));
  });
});
