// The Electron side as it ships: the bundled jobs worker parses real input, and the bundled preload is
// small and exposes exactly the contract's methods.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { METHOD_NAMES } from "../../../shared/ipc";
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

  it("has a preload that exposes window.casemark with every method and nothing else", () => {
    const preload = readFileSync(`${ROOT}out/main/preload.cjs`, "utf8");
    expect(preload.length).toBeLessThan(10_000);
    expect(preload).toContain('exposeInMainWorld("casemark"');
    for (const name of METHOD_NAMES) expect(preload).toContain(`"${name}"`);
    expect(preload).not.toMatch(/require\("(?!electron")/);
  });
});
