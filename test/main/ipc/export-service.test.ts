// The window's export through dispatch, as the renderer calls it: every format into a chosen folder
// with progress events, a bundle checked as a recipient would, names that never overwrite, one
// document or one tag's highlights, the folder chooser (and cancelling it), stopping a running export,
// and refusals with reasons.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_FORMATS, type ExportProgress, type ExportResult } from "../../../shared/ipc";
import type { AnnotationView, DocumentSummary } from "../../../shared/model";
import { createAppService, type AppService } from "../../../main/ipc/app-service";
import { dispatch } from "../../../main/ipc/dispatch";
import { verifyBundle } from "../../../main/export/bundle";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { tempDir } from "../../support/temp";

let host: JobHost;
let app: AppService;
const events: { event: string; payload: unknown }[] = [];
let folderAnswer: string | null = null;
let onProgress: ((p: ExportProgress) => void) | null = null;

beforeAll(async () => {
  host = startJobHost({ workers: 1 });
  app = createAppService({
    home: tempDir(),
    host,
    emit: (event, payload) => {
      events.push({ event, payload });
      if (event === "exportProgress" && payload) onProgress?.(payload as ExportProgress);
    },
    dialogs: {
      chooseCaseToOpen: async () => null,
      chooseNewCasePath: async () => null,
      chooseFilesToImport: async () => [],
      chooseSavePath: async () => null,
      chooseExportFolder: async () => folderAnswer,
    },
  });
  await ok("openSample");
}, 120_000);
afterAll(async () => {
  app.close();
  await host.close();
});

async function ok<T>(name: string, arg: unknown = {}): Promise<T> {
  const result = await dispatch(app.service, name, arg);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

async function refused(name: string, arg: unknown): Promise<{ code: string; message: string }> {
  const result = await dispatch(app.service, name, arg);
  if (result.ok) throw new Error(`${name} was not refused`);
  return result.error;
}

const progressOf = () => events.filter((e) => e.event === "exportProgress").map((e) => e.payload as ExportProgress | null);
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("exportCase", () => {
  it("writes every format of the whole case into the folder, with progress per file, and the bundle verifies", async () => {
    const folder = tempDir();
    events.length = 0;
    const result = await ok<ExportResult>("exportCase", { formats: [...EXPORT_FORMATS], scope: "case", folder });
    const annotations = await ok<AnnotationView[]>("listAnnotations");
    const highlighted = [...new Set(annotations.map((a) => a.documentId))];
    expect(result).toMatchObject({ folder, cancelled: false, failures: [] });
    const names = result.files.map((f) => basename(f.path));
    const base = names.find((n) => n.endsWith("-evidence.csv"))!.replace(/-evidence\.csv$/, "");
    expect(base).toMatch(/^Sample-case/);
    expect(names.filter((n) => !/^\d+-/.test(n)).sort()).toEqual(
      [`${base}-evidence.csv`, `${base}-evidence.xlsx`, `${base}-chronology.md`, `${base}-chronology.pdf`, `${base}-highlights.jsonld`, `${base}.qdpx`, `${base}-bundle`].sort(),
    );
    expect(names.filter((n) => /^\d+-/.test(n)).map((n) => Number(/^(\d+)-.+\.pdf$/.exec(n)![1])).sort()).toEqual([...highlighted].sort());
    expect(readdirSync(folder).sort()).toEqual(names.sort());
    for (const f of result.files.filter((f) => f.format !== "bundle")) expect(f.bytes).toBe(readFileSync(f.path).byteLength);
    expect(result.files.filter((f) => f.format === "pdf").map((f) => f.documentId).sort()).toEqual(highlighted.sort());

    const csv = parse(readFileSync(join(folder, `${base}-evidence.csv`), "utf8").slice(1), { columns: true }) as unknown[];
    expect(csv).toHaveLength(annotations.length);
    expect(result.bundle).toEqual({ path: join(folder, `${base}-bundle`), verified: true, problems: [] });
    expect(verifyBundle(result.bundle!.path).ok).toBe(true);

    // Progress: one event per piece of work, counting up to the total, then null.
    const progress = progressOf();
    expect(progress.at(-1)).toBeNull();
    const steps = progress.slice(0, -1) as ExportProgress[];
    const total = steps[0]!.total;
    expect(total).toBe(6 + highlighted.length + (highlighted.length + 5 + 1));
    expect(steps.slice(0, total).map((p) => p.done)).toEqual([...Array(total).keys()]);
    expect(steps.at(-1)).toEqual({ done: total, total, label: "Done" });
    expect(steps.map((p) => p.label)).toEqual(expect.arrayContaining(["Evidence table (CSV)", "Chronology (PDF)", "Checking the bundle", expect.stringMatching(/^Annotated PDF of “/)]));

    // Again into the same folder: new names, and nothing already there is touched.
    const before = new Map(readdirSync(folder).filter((n) => !n.endsWith("-bundle")).map((n) => [n, sha(join(folder, n))]));
    const again = await ok<ExportResult>("exportCase", { formats: ["csv", "pdf", "bundle"], scope: "case", folder });
    expect(again.files.map((f) => basename(f.path))).toEqual(expect.arrayContaining([`${base}-evidence (2).csv`, `${base}-bundle (2)`, expect.stringMatching(/^\d+-.+ \(2\)\.pdf$/)]));
    for (const [name, hash] of before) expect(sha(join(folder, name)), name).toBe(hash);
    expect(again.bundle?.verified).toBe(true);
  });

  it("limits the export to one document, or to one tag's highlights", async () => {
    const documents = await ok<DocumentSummary[]>("listDocuments");
    const doc = documents[0]!;
    const folder = tempDir();
    const one = await ok<ExportResult>("exportCase", { formats: ["pdf", "csv", "chronology"], scope: "document", documentId: doc.id, folder });
    expect(one.files.filter((f) => f.format === "pdf").map((f) => f.documentId)).toEqual([doc.id]);
    const rows = parse(readFileSync(one.files.find((f) => f.format === "csv")!.path, "utf8").slice(1), { columns: true }) as { Document: string }[];
    expect(rows.length).toBe((await ok<AnnotationView[]>("listAnnotations", { documentId: doc.id })).length);
    expect(new Set(rows.map((r) => r.Document))).toEqual(new Set([doc.title]));
    expect(readFileSync(one.files.find((f) => f.format === "chronology")!.path, "utf8")).toContain(`(document “${doc.title}”)`);

    const tagged = await ok<ExportResult>("exportCase", { formats: ["csv", "pdf"], scope: "tag", tag: "failure report", folder });
    const tagRows = parse(readFileSync(tagged.files.find((f) => f.format === "csv")!.path, "utf8").slice(1), { columns: true }) as { Tags: string }[];
    const withTag = await ok<AnnotationView[]>("listAnnotations", { tag: "failure report" });
    expect(tagRows).toHaveLength(withTag.length);
    expect(tagRows.every((r) => r.Tags.split("; ").includes("failure report"))).toBe(true);
    expect(basename(tagged.files.find((f) => f.format === "csv")!.path)).toMatch(/-tag-failure-report-evidence\.csv$/);
    expect(tagged.files.filter((f) => f.format === "pdf").map((f) => f.documentId).sort()).toEqual([...new Set(withTag.map((a) => a.documentId))].sort());
  });

  it("asks for the folder when none is named, and does nothing when the user cancels", async () => {
    events.length = 0;
    folderAnswer = null;
    expect(await ok("exportCase", { formats: ["csv"], scope: "case" })).toBeNull();
    expect(progressOf()).toEqual([null]);
    folderAnswer = tempDir();
    const result = await ok<ExportResult>("exportCase", { formats: ["csv"], scope: "case" });
    expect(result.folder).toBe(folderAnswer);
    expect(existsSync(result.files[0]!.path)).toBe(true);
  });

  it("stops between files when cancelled, keeping what it finished and no half-written bundle", async () => {
    const folder = tempDir();
    events.length = 0;
    let asked: Promise<unknown> | null = null;
    // The user presses Cancel once the annotated PDFs have begun.
    onProgress = (p) => {
      if (!asked && p.label.startsWith("Annotated PDF")) asked = dispatch(app.service, "cancelExport", {});
    };
    const result = await ok<ExportResult>("exportCase", { formats: ["csv", "pdf", "bundle"], scope: "case", folder });
    onProgress = null;
    expect(await asked).toEqual({ ok: true, value: { cancelling: true } });
    expect(result.cancelled).toBe(true);
    expect(result.bundle).toBeUndefined();
    // The evidence table and the first annotated PDF were done before the button was pressed.
    expect(result.files.map((f) => f.format)).toEqual(["csv", "pdf"]);
    expect(result.files.some((f) => f.format === "bundle")).toBe(false);
    expect(readdirSync(folder).sort()).toEqual(result.files.map((f) => basename(f.path)).sort());
    expect(progressOf().at(-2)).toMatchObject({ label: "Cancelled" });
    // Nothing runs now: cancelling says so, and the next export runs whole.
    expect(await ok("cancelExport")).toEqual({ cancelling: false });
    expect((await ok<ExportResult>("exportCase", { formats: ["csv"], scope: "case", folder })).cancelled).toBe(false);
  });

  it("runs one export at a time", async () => {
    const first = dispatch(app.service, "exportCase", { formats: ["pdf"], scope: "case", folder: tempDir() });
    const second = await refused("exportCase", { formats: ["csv"], scope: "case", folder: tempDir() });
    expect(second).toEqual({ code: "invalid", message: "An export is already running; wait for it to finish or cancel it." });
    expect((await first).ok).toBe(true);
  });

  it("refuses what it cannot do, saying why", async () => {
    const folder = tempDir();
    expect((await refused("exportCase", { formats: [], scope: "case", folder })).code).toBe("invalid-argument");
    expect((await refused("exportCase", { formats: ["docx"], scope: "case", folder })).code).toBe("invalid-argument");
    expect((await refused("exportCase", { formats: ["csv"], scope: "document", folder })).message).toMatch(/name a documentId exactly when the scope is a document/);
    expect((await refused("exportCase", { formats: ["csv"], scope: "case", tag: "order", folder })).message).toMatch(/name a tag exactly when the scope is a tag/);
    expect((await refused("exportCase", { formats: ["csv"], scope: "case", folder: "relative/out" })).message).toMatch(/a folder is an absolute path/);
    expect(await refused("exportCase", { formats: ["csv"], scope: "case", folder: join(folder, "not-there") })).toEqual({
      code: "invalid",
      message: `${join(folder, "not-there")} is not a folder; choose a folder to export into.`,
    });
    expect((await refused("exportCase", { formats: ["csv"], scope: "tag", tag: "no such tag", folder })).code).toBe("not-found");
    expect((await refused("exportCase", { formats: ["csv"], scope: "document", documentId: 9999, folder })).code).toBe("not-found");
    expect(readdirSync(folder)).toEqual([]);
    await ok("closeCase");
    expect((await refused("exportCase", { formats: ["csv"], scope: "case", folder })).code).toBe("no-case");
    await ok("openSample");
  });
});
