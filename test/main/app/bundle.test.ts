// The Electron side as it ships: the bundled jobs worker parses real input, and the bundled preload is
// small and exposes exactly the contract's methods.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { channel, eventChannel, EVENT_NAMES, METHOD_NAMES } from "../../../shared/ipc";
import { startJobHost } from "../../../main/jobs/host";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

beforeAll(() => {
  const run = spawnSync(process.execPath, [`${ROOT}scripts/build-main.mjs`], { cwd: ROOT, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
});

describe("the bundled Electron side", () => {
  it("has a jobs worker that parses an email and reads a PDF's page count", async () => {
    const host = startJobHost({ workers: 1, entry: pathToFileURL(`${ROOT}out/main/worker.js`) });
    try {
      expect(await host.run("parse-email", { bytes: new TextEncoder().encode("Subject: Due Tonight\n\nbody") })).toMatchObject({ ok: true, value: { title: "Due Tonight" } });
      const doc = await PDFDocument.create();
      doc.addPage();
      doc.addPage();
      expect(await host.run("pdf-info", { bytes: await doc.save(), sha256: "t" })).toMatchObject({ ok: true, value: { pageCount: 2 } });
    } finally {
      await host.close();
    }
  });

  it("has a preload that exposes window.casemark with every method, the events and nothing else", async () => {
    const preload = readFileSync(`${ROOT}out/main/preload.cjs`, "utf8");
    expect(preload.length).toBeLessThan(10_000);
    // Run it as Electron would, with a recording stand-in for the one module it may require.
    const exposed = new Map<string, Record<string, unknown>>();
    const invoked: [string, unknown][] = [];
    const listening = new Map<string, (event: unknown, payload: unknown) => void>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
      ipcRenderer: {
        invoke: async (name: string, arg: unknown) => void invoked.push([name, arg]),
        on: (name: string, listener: (event: unknown, payload: unknown) => void) => listening.set(name, listener),
        removeListener: (name: string) => listening.delete(name),
      },
      webUtils: { getPathForFile: (file: { path: string }) => file.path },
    };
    const required: string[] = [];
    const require = (name: string) => {
      required.push(name);
      if (name !== "electron") throw new Error(`the preload required ${name}`);
      return electron;
    };
    runInNewContext(preload, { require, module: { exports: {} }, exports: {} });
    expect(required).toEqual(["electron"]);
    expect([...exposed.keys()]).toEqual(["casemark"]);
    const api = exposed.get("casemark")!;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES, "on", "pathForFile", "documentUrl"].sort());
    await (api.listTags as (arg?: unknown) => Promise<unknown>)();
    await (api.search as (arg: unknown) => Promise<unknown>)({ query: "S1" });
    expect(invoked).toEqual([[channel("listTags"), {}], [channel("search"), { query: "S1" }]]);
    // Events: a listener hears its channel's payload and stops when told; unknown events are refused.
    const heard: unknown[] = [];
    const on = api.on as (event: string, listener: (payload: unknown) => void) => () => void;
    const stop = on("caseChanged", (payload) => heard.push(payload));
    expect([...listening.keys()]).toEqual([eventChannel("caseChanged")]);
    listening.get(eventChannel("caseChanged"))!({ sender: "main" }, { title: "Alpha" });
    expect(heard).toEqual([{ title: "Alpha" }]);
    stop();
    expect(listening.size).toBe(0);
    expect(() => on("ipc-message", () => {})).toThrow(/no event/);
    expect(EVENT_NAMES.length).toBeGreaterThan(0);
    expect((api.pathForFile as (f: unknown) => string)({ path: "/tmp/a.eml" })).toBe("/tmp/a.eml");
    expect((api.pathForFile as (f: unknown) => string)(null)).toBe("");
    expect((api.documentUrl as (id: unknown) => string)(12)).toBe("doc://casemark/12");
    for (const bad of [0, -1, 1.5, "12", "12/../x"]) expect(() => (api.documentUrl as (id: unknown) => string)(bad)).toThrow(/not a document id/);
  });
});
