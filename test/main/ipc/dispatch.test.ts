import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { METHOD_NAMES } from "../../../shared/ipc";
import { dispatch } from "../../../main/ipc/dispatch";
import { createAppService } from "../../../main/ipc/app-service";
import type { Service } from "../../../main/ipc/service";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { tempDir } from "../../support/temp";
import { SAMPLE_DIR } from "../../../main/sample-case";

let host: JobHost;
let service: Service;
beforeAll(async () => {
  host = startJobHost({ workers: 1 });
  const refuse = async () => null;
  service = createAppService({ home: tempDir(), host, dialogs: { chooseCaseToOpen: refuse, chooseNewCasePath: refuse, chooseFilesToImport: async () => [], chooseSavePath: refuse } }).service;
  expect(await dispatch(service, "listDocuments", {})).toMatchObject({ ok: false, error: { code: "no-case" } });
  expect(await dispatch(service, "openSample", {})).toMatchObject({ ok: true, value: { title: expect.stringMatching(/Sample case/) } });
});
afterAll(() => host.close());

describe("dispatch over the IPC contract", () => {
  it("answers every method with a Result", async () => {
    const docs = await dispatch(service, "listDocuments", {});
    expect(docs).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ title: "Due Tonight for S1 – URGENT" })]) });
    const search = await dispatch(service, "search", { query: "egregious", limit: 3 });
    expect(search).toMatchObject({ ok: true });
    expect((search as { value: unknown[] }).value.length).toBeLessThanOrEqual(3);
    const created = await dispatch(service, "createAnnotation", { documentId: 1, start: 0, end: 4, tags: ["order"] });
    expect(created).toMatchObject({ ok: true, value: { quote: "From", tags: ["order"] } });
  });

  it("refuses unknown methods and arguments that fail the schema, without calling the service", async () => {
    expect(await dispatch(service, "__proto__", {})).toMatchObject({ ok: false, error: { code: "unknown-method" } });
    expect(await dispatch(service, "toString", {})).toMatchObject({ ok: false, error: { code: "unknown-method" } });
    expect(await dispatch(service, "documentText", { documentId: -1 })).toMatchObject({ ok: false, error: { code: "invalid-argument" } });
    expect(await dispatch(service, "listDocuments", { extra: true })).toMatchObject({ ok: false, error: { code: "invalid-argument" } });
    expect(await dispatch(service, "createAnnotation", { documentId: 1, start: 9, end: 3 })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/end must be after start/) } });
  });

  it("opens and creates cases, asking the dialogs when no path is given", async () => {
    expect(await dispatch(service, "openCase", {})).toEqual({ ok: true, value: null });
    const path = `${tempDir()}/new.casemark`;
    expect(await dispatch(service, "newCase", { path, title: "New" })).toMatchObject({ ok: true, value: { path, title: "New" } });
    expect(await dispatch(service, "listDocuments", {})).toEqual({ ok: true, value: [] });
    expect(await dispatch(service, "openCase", { path: `${tempDir()}/missing.casemark` })).toMatchObject({ ok: false, error: { code: "missing" } });
    expect(await dispatch(service, "caseInfo", {})).toMatchObject({ ok: true, value: { path } });
    expect(await dispatch(service, "openSample", {})).toMatchObject({ ok: true });
  });

  it("turns store errors into Results with their codes", async () => {
    expect(await dispatch(service, "documentText", { documentId: 9999 })).toMatchObject({ ok: false, error: { code: "not-found" } });
    expect(await dispatch(service, "search", { query: "x", tag: "nope" })).toMatchObject({ ok: false, error: { code: "not-found" } });
  });

  it("never throws, whatever the argument (a small fuzz over every method)", async () => {
    const junk: unknown[] = [null, undefined, 0, -1, 1.5, "", "x".repeat(5000), [], [1, 2], { documentId: "1" }, { query: 5 }, { start: NaN }, { tags: "order" }, Object.create(null)];
    for (const name of METHOD_NAMES) {
      for (const arg of junk) {
        const result = await dispatch(service, name, arg);
        expect(typeof result.ok).toBe("boolean");
      }
    }
  });
});

describe("importing through the window", () => {
  it("imports chosen files, reports progress while it runs, and refuses without an open case", async () => {
    const host2 = startJobHost({ workers: 1 });
    let answer: (paths: string[]) => void = () => {};
    const events: { event: string; payload: unknown }[] = [];
    const app = createAppService({
      home: tempDir(),
      host: host2,
      emit: (event, payload) => events.push({ event, payload }),
      dialogs: {
        chooseCaseToOpen: async () => null,
        chooseNewCasePath: async () => null,
        chooseFilesToImport: () => new Promise((resolve) => (answer = resolve)),
        chooseSavePath: async () => null,
      },
    });
    try {
      expect(await dispatch(app.service, "importFiles", {})).toMatchObject({ ok: false, error: { code: "no-case" } });
      await dispatch(app.service, "newCase", { path: `${tempDir()}/import.casemark` });
      const cancelled = dispatch(app.service, "importFiles", {});
      await new Promise((resolve) => setImmediate(resolve));
      answer([]);
      expect(await cancelled).toEqual({ ok: true, value: [] });
      const running = dispatch(app.service, "importFiles", {});
      await new Promise((resolve) => setImmediate(resolve));
      expect(await dispatch(app.service, "importStatus", {})).toEqual({ ok: true, value: null });
      answer([`${SAMPLE_DIR}01-hq-due-tonight-for-s1.eml`, `${SAMPLE_DIR}02-sanantonio-dfod-forward.eml`]);
      // The import has started and waits for its first parse in the worker (a message round trip away).
      await new Promise((resolve) => setImmediate(resolve));
      expect(await dispatch(app.service, "importStatus", {})).toMatchObject({ ok: true, value: { total: 2, filesDone: 0 } });
      const done = await running;
      expect(done).toMatchObject({ ok: true, value: [{ status: "imported" }, { status: "imported" }] });
      expect(await dispatch(app.service, "importStatus", {})).toEqual({ ok: true, value: null });
      expect(await dispatch(app.service, "listMessages", {})).toMatchObject({ ok: true, value: [{}, {}] });
      // The window heard the case open and the import's progress, ending with null.
      expect(events[0]).toMatchObject({ event: "caseChanged", payload: { path: expect.stringMatching(/import\.casemark$/) } });
      const progress = events.filter((e) => e.event === "importProgress").map((e) => e.payload as { filesDone: number; total: number } | null);
      expect(progress.at(-1)).toBeNull();
      expect(progress).toContainEqual(expect.objectContaining({ filesDone: 2, total: 2 }));
    } finally {
      app.close();
      await host2.close();
    }
  });
});
