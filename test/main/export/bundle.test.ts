// The bundle: written whole or not at all, and verifiable by a recipient — a changed byte, a missing or
// extra file, or an annotated PDF that does not begin with its released file is found.
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleSteps, exportBundle, safeName, verifyBundle, type Manifest } from "../../../main/export/bundle";
import { temporaryName } from "../../../main/export/write-atomic";
import { importPaths } from "../../../main/import/import-files";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { buildSampleCase } from "../../../main/sample-case";
import { createAnnotation, listAnnotations } from "../../../main/store/annotations";
import { documentText, listDocuments } from "../../../main/store/documents";
import { write } from "../../../main/store/write";
import { cli } from "../../support/cli";
import { generateRelease } from "../../support/generate-release";
import { newCase, tempDir } from "../../support/temp";

const QPDF = spawnSync("qpdf", ["--version"]).status === 0;

let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 1 });
});
afterAll(() => host.close());

describe("the export bundle", () => {
  it("holds the annotated and printed PDFs, the evidence tables, the chronologies and the highlights, and its manifest verifies", async () => {
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
    const steps: string[] = [];
    const manifest = await exportBundle(c, host, out, { step: (label) => steps.push(label) });
    const highlighted = listDocuments(c).filter((d) => listAnnotations(c, { documentId: d.id }).length > 0);
    const printed = highlighted.filter((d) => d.kind !== "pdf");
    expect(printed.length).toBeGreaterThan(1);
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      [...highlighted.map((d) => `annotated/${d.id}-${safeName(d.title)}.pdf`), "evidence.csv", "evidence.xlsx", "chronology.md", "chronology.pdf", "highlights.jsonld"].sort(),
    );
    expect(manifest.files.find((f) => f.path.startsWith(`annotated/${pdf.id}-`))).toMatchObject({ source: pdf.id });
    expect(manifest.files.filter((f) => f.printedFrom !== undefined).map((f) => f.printedFrom).sort()).toEqual(printed.map((d) => d.id).sort());
    expect(steps).toHaveLength(bundleSteps(c));
    expect(steps.at(-1)).toBe("Highlights (JSON-LD)");
    expect(manifest.sources.find((s) => s.documentId === pdf.id)).toMatchObject({ sha256: pdf.sha256, size: bytes.byteLength });
    expect(manifest.omitted).toBeUndefined();
    expect(existsSync(temporaryName(out))).toBe(false);
    expect(verifyBundle(out)).toEqual({ ok: true, problems: [], files: highlighted.length + 5 });
    expect(readFileSync(join(out, "chronology.md"), "utf8")).toMatch(/^# Chronology: Bundle case/);
    expect(readFileSync(join(out, "chronology.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
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
    writeFileSync(join(out, "chronology.pdf"), "%PDF-1.7 not the chronology");
    expect(verifyBundle(out).problems).toEqual(["chronology.pdf: changed (SHA-256 differs from the manifest)"]);
    rmSync(join(out, "chronology.pdf"));
    expect(verifyBundle(out).problems).toEqual(["chronology.pdf: missing"]);
    appendFileSync(join(out, "evidence.csv"), "extra,row\r\n");
    writeFileSync(join(out, "notes.txt"), "added later");
    expect(verifyBundle(out).problems).toEqual(["evidence.csv: changed (SHA-256 differs from the manifest)", "chronology.pdf: missing", "notes.txt: not in the manifest"]);
    const m = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as Manifest;
    expect(m).toMatchObject({ format: "casemark-bundle/1", caseTitle: "Bundle case" });
  });

  it.skipIf(!QPDF)("lists a document whose publisher forbids annotations as omitted, with the reason, and still verifies; limited to a tag, holds just its highlights", async () => {
    const c = newCase("Locked case");
    await buildSampleCase(c, host);
    const dir = tempDir();
    writeFileSync(join(dir, "plain.pdf"), (await generateRelease(2)).bytes);
    execFileSync("qpdf", ["--encrypt", "", "owner-secret", "256", "--annotate=n", "--", join(dir, "plain.pdf"), join(dir, "locked.pdf")]);
    await importPaths(c, [join(dir, "locked.pdf")], { host });
    const locked = listDocuments(c).find((d) => d.kind === "pdf")!;
    const at = documentText(c, locked.id).indexOf("FOIA");
    write(c, () => createAnnotation(c, { documentId: locked.id, start: at, end: at + 4, tags: ["order"] }));

    const out = join(tempDir(), "bundle");
    const manifest = await exportBundle(c, host, out, { selection: { tag: "order" } });
    expect(manifest.scope).toEqual({ tag: "order" });
    expect(manifest.omitted).toEqual([{ documentId: locked.id, title: locked.title, reason: expect.stringMatching(/permissions do not allow adding annotations/) }]);
    expect(manifest.files.some((f) => f.path.startsWith(`annotated/${locked.id}-`))).toBe(false);
    expect(manifest.sources.map((s) => s.documentId).sort()).toEqual([...new Set(listAnnotations(c, { tag: "order" }).map((a) => a.documentId))].sort());
    const rows = readFileSync(join(out, "evidence.csv"), "utf8").trimEnd().split("\r\n").length - 1;
    expect(rows).toBe(listAnnotations(c, { tag: "order" }).length);
    expect(verifyBundle(out).ok).toBe(true);
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
