import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseInfo, RecentCase } from "../../../shared/ipc";
import type { DocumentSummary } from "../../../shared/model";
import { createAppService, type AppService } from "../../../main/ipc/app-service";
import { dispatch } from "../../../main/ipc/dispatch";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { SAMPLE_DIR } from "../../../main/sample-case";
import { tempDir } from "../../support/temp";

let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 1 });
});
afterAll(() => host.close());

function appWith(home: string, answers: { save?: string | null } = {}) {
  const events: { event: string; payload: unknown }[] = [];
  const app: AppService = createAppService({
    home,
    host,
    emit: (event, payload) => events.push({ event, payload }),
    dialogs: { chooseCaseToOpen: async () => null, chooseNewCasePath: async () => null, chooseFilesToImport: async () => [], chooseSavePath: async () => answers.save ?? null },
  });
  const ok = async <T>(name: string, arg: unknown = {}): Promise<T> => {
    const result = await dispatch(app.service, name, arg);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as T;
  };
  return { app, events, ok };
}

describe("recent cases", () => {
  it("lists opened cases newest first, once each, without the sample case, and marks moved ones", async () => {
    const home = tempDir();
    const { app, events, ok } = appWith(home);
    try {
      const dir = tempDir();
      const a = await ok<CaseInfo>("newCase", { path: join(dir, "a.casemark"), title: "Alpha" });
      await ok("newCase", { path: join(dir, "b.casemark"), title: "Beta" });
      await ok("openSample");
      await ok("openCase", { path: a.path });
      const recent = await ok<RecentCase[]>("recentCases");
      expect(recent.map((r) => [r.title, r.exists])).toEqual([["Alpha", true], ["Beta", true]]);
      rmSync(join(dir, "b.casemark"));
      expect((await ok<RecentCase[]>("recentCases")).map((r) => r.exists)).toEqual([true, false]);
      await ok("closeCase");
      expect(events.filter((e) => e.event === "caseChanged").map((e) => (e.payload as CaseInfo | null)?.title ?? null)).toEqual([
        "Alpha",
        "Beta",
        expect.stringMatching(/^Sample case/),
        "Alpha",
        null,
      ]);
    } finally {
      app.close();
    }
    // A new session reads the same list; a damaged list is an empty one, not an error.
    expect((await appWith(home).ok<RecentCase[]>("recentCases")).map((r) => r.title)).toEqual(["Alpha", "Beta"]);
    writeFileSync(join(home, "recent.json"), "{not json");
    expect(await appWith(home).ok<RecentCase[]>("recentCases")).toEqual([]);
  });
});

describe("saving a copy of an original", () => {
  it("writes the attachment's exact bytes where the user chose, and nothing when they cancel", async () => {
    const out = join(tempDir(), "saved.pdf");
    const { app, ok } = appWith(tempDir(), { save: out });
    try {
      await ok("openSample");
      const attachment = (await ok<DocumentSummary[]>("listDocuments")).find((d) => d.parentId !== null);
      expect(attachment).toBeDefined();
      expect(await ok("saveDocumentCopy", { documentId: attachment!.id })).toEqual({ path: out });
      expect(createHash("sha256").update(readFileSync(out)).digest("hex")).toBe(attachment!.sha256);
      expect(readdirSync(join(out, "..")).filter((f) => f.includes("partial"))).toEqual([]);
      expect(await dispatch(app.service, "saveDocumentCopy", { documentId: 9999 })).toMatchObject({ ok: false, error: { code: "not-found" } });
    } finally {
      app.close();
    }
    const cancelled = appWith(tempDir(), { save: null });
    try {
      await cancelled.ok("openSample");
      expect(await cancelled.ok("saveDocumentCopy", { documentId: 1 })).toBeNull();
    } finally {
      cancelled.app.close();
    }
    expect(existsSync(SAMPLE_DIR)).toBe(true);
  });
});
