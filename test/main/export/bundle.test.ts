// The bundle: written whole or not at all, and verifiable by a recipient — a changed byte, a missing or
// extra file, or an annotated PDF that does not begin with its released file is found.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportBundle, safeName, verifyBundle, type Manifest } from "../../../main/export/bundle";
import { importPaths } from "../../../main/import/import-files";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { buildSampleCase } from "../../../main/sample-case";
import { createAnnotation } from "../../../main/store/annotations";
import { documentText, listDocuments } from "../../../main/store/documents";
import { write } from "../../../main/store/write";
import { cli } from "../../support/cli";
import { generateRelease } from "../../support/generate-release";
import { newCase, tempDir } from "../../support/temp";

let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 1 });
});
afterAll(() => host.close());

describe("the export bundle", () => {
  it("holds the annotated PDFs, the evidence table and the highlights, and its manifest verifies", async () => {
    const c = newCase("Bundle case");
    await buildSampleCase(c, host);
    const pdfPath = join(tempDir(), "release.pdf");
    const { bytes } = await generateRelease(3);
    writeFileSync(pdfPath, bytes);
    await importPaths(c, [pdfPath], { host });
    const pdf = listDocuments(c).find((d) => d.kind === "pdf")!;
    const at = documentText(c, pdf.id).indexOf("FOIA");
    write(c, () => createAnnotation(c, { documentId: pdf.id, start: at, end: at + 4, tags: ["response"] }));

    const out = join(tempDir(), "bundle");
    const manifest = await exportBundle(c, host, out);
    expect(manifest.files.map((f) => f.path).sort()).toEqual([`annotated/${pdf.id}-${safeName(pdf.title)}.pdf`, "evidence.csv", "highlights.jsonld"].sort());
    expect(manifest.sources.find((s) => s.documentId === pdf.id)).toMatchObject({ sha256: pdf.sha256, size: bytes.byteLength });
    expect(existsSync(`${out}.partial-${process.pid}`)).toBe(false);
    expect(verifyBundle(out)).toEqual({ ok: true, problems: [], files: 3 });
    await expect(exportBundle(c, host, out)).rejects.toThrow(/already exists/);

    // A recipient's check finds every kind of tampering.
    const annotated = join(out, manifest.files.find((f) => f.source !== undefined)!.path);
    const original = readFileSync(annotated);
    const flipped = Buffer.from(original);
    flipped[100] = flipped[100]! ^ 1;
    writeFileSync(annotated, flipped);
    const report = verifyBundle(out);
    expect(report.ok).toBe(false);
    expect(report.problems.join("\n")).toMatch(/changed[\s\S]*does not begin with the released file/);
    writeFileSync(annotated, original);
    appendFileSync(join(out, "evidence.csv"), "extra,row\r\n");
    writeFileSync(join(out, "notes.txt"), "added later");
    expect(verifyBundle(out).problems).toEqual(["evidence.csv: changed (SHA-256 differs from the manifest)", "notes.txt: not in the manifest"]);
    const m = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as Manifest;
    expect(m).toMatchObject({ format: "casemark-bundle/1", caseTitle: "Bundle case" });
  });

  it("is written and checked from the command line", () => {
    const path = join(tempDir(), "s.casemark");
    expect(cli(["sample", path]).code).toBe(0);
    const out = join(tempDir(), "b");
    const run = cli(["export", path, "--format", "bundle", "--out", out, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(cli(["verify-bundle", out, "--json"]).json()).toMatchObject({ ok: true });
    writeFileSync(join(out, "highlights.jsonld"), "{}");
    const bad = cli(["verify-bundle", out]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("highlights.jsonld: changed");
  });
});
