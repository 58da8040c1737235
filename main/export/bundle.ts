// The bundle a clinic hands over: a folder with the annotated PDFs (each released PDF with its
// highlights; each email or text printed with them), the evidence table (CSV and XLSX), the chronology
// (Markdown and PDF), the highlights as W3C Web Annotation JSON-LD, and manifest.json naming every
// file's SHA-256, every source's SHA-256 and size, the case id and the Casemark version — so a recipient
// can check that nothing changed and that each annotated PDF begins with the released file, byte for
// byte. A document whose annotated PDF cannot be made (its publisher forbids annotations, say) is listed
// under `omitted` with the reason. It is written beside its final name and renamed into place when
// complete; limited to one document or one tag's highlights, it holds just those.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { JobHost } from "../jobs/host";
import { listAnnotations } from "../store/annotations";
import { caseMeta, type Case } from "../store/case-file";
import { CaseError } from "../store/case-error";
import { chronology } from "../store/chronology";
import { getDocument, listDocuments } from "../store/documents";
import { listTags } from "../store/tags";
import { exportAnnotatedPdf } from "./annotated-pdf";
import { chronologyMarkdown, type ChronologyFilter } from "./chronology-doc";
import { chronologyPdf } from "./chronology-pdf";
import { evidenceCsv, evidenceRows, evidenceXlsx } from "./evidence-table";
import { exportWebAnnotations } from "./web-annotation";
import { annotationsJson, makeTemporaryFolder, renameIntoPlace, writeFileAtomic, WriteFailed } from "./write-atomic";

export const CASEMARK_VERSION = "0.1.0";

export interface Manifest {
  format: "casemark-bundle/1";
  casemark: string;
  caseId: string;
  caseTitle: string;
  createdAt: string;
  /** The released files the bundle's work is on. */
  sources: { documentId: number; title: string; sha256: string; size: number }[];
  /**
   * Every other file of the bundle; `source` names the released PDF an annotated PDF begins with,
   * `printedFrom` the email or text a printed PDF sets.
   */
  files: { path: string; sha256: string; bytes: number; source?: number; printedFrom?: number }[];
  /** Documents with highlights whose annotated PDF is not in the bundle, and why. */
  omitted?: { documentId: number; title: string; reason: string }[];
  /** What the bundle is limited to, when it is not the whole case. */
  scope?: { documentId?: number; tag?: string };
}

/** Which highlights an export covers: all, one document's, or those with a tag (or one below it). */
export interface ExportSelection {
  documentId?: number;
  tag?: string;
}

/** Told before each piece of work (for progress); throws to stop the export. */
export type Step = (label: string) => void;

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A file name from a title: letters, digits, dot, dash; never a path. */
export function safeName(title: string): string {
  return (title.normalize("NFKD").replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "document").replace(/^\.+/, "");
}

/** The documents a selection's highlights are in (the one document, for a document's selection). */
export function selectedDocuments(c: Case, selection: ExportSelection = {}): number[] {
  if (selection.documentId !== undefined) return [getDocument(c, selection.documentId).id];
  return [...new Set(listAnnotations(c, selection).map((a) => a.documentId))];
}

/** The chronology of a selection: by tag in the store, then narrowed to the document. */
export function selectedChronology(c: Case, selection: ExportSelection = {}) {
  const entries = chronology(c, selection.tag !== undefined ? { tag: selection.tag } : {});
  return selection.documentId === undefined ? entries : entries.filter((e) => e.documentId === selection.documentId);
}

/** How the chronology says what it covers. */
export function chronologyScope(c: Case, selection: ExportSelection = {}): ChronologyFilter {
  return { ...(selection.tag !== undefined ? { tag: selection.tag } : {}), ...(selection.documentId !== undefined ? { document: getDocument(c, selection.documentId).title } : {}) };
}

export const tagColors = (c: Case): Map<string, string> => new Map(listTags(c).map((t) => [t.path, t.color]));

/** The steps a bundle takes: one per document, then the tables, chronologies and highlights. */
export const bundleSteps = (c: Case, selection: ExportSelection = {}) => selectedDocuments(c, selection).length + 5;

export async function exportBundle(c: Case, host: JobHost, out: string, options: { selection?: ExportSelection; step?: Step } = {}): Promise<Manifest> {
  if (existsSync(out)) throw new CaseError("invalid", `${out} already exists; choose a new folder for the bundle.`);
  const selection = options.selection ?? {};
  const step: Step = options.step ?? (() => undefined);
  const work = makeTemporaryFolder(out);
  try {
    mkdirSync(join(work, "annotated"));
    const annotations = listAnnotations(c, selection);
    const chosen = new Set(selectedDocuments(c, selection));
    const files: Manifest["files"] = [];
    const sources: Manifest["sources"] = [];
    const omitted: NonNullable<Manifest["omitted"]> = [];
    for (const d of listDocuments(c).filter((d) => chosen.has(d.id))) {
      step(`Annotated PDF of “${d.title}”`);
      sources.push({ documentId: d.id, title: d.title, sha256: d.sha256, size: d.size });
      const path = join("annotated", `${d.id}-${safeName(d.title)}.pdf`);
      try {
        await exportAnnotatedPdf(c, host, d.id, join(work, path), annotations);
        files.push({ path, sha256: "", bytes: 0, ...(d.kind === "pdf" ? { source: d.id } : { printedFrom: d.id }) });
      } catch (error) {
        // A document Casemark cannot annotate is left out; a disk that is full or read-only stops it all.
        if (!(error instanceof CaseError) || error instanceof WriteFailed) throw error;
        omitted.push({ documentId: d.id, title: d.title, reason: error.message });
      }
    }
    const meta = caseMeta(c);
    const rows = evidenceRows(c, selection);
    step("Evidence table (CSV)");
    writeFileAtomic(join(work, "evidence.csv"), evidenceCsv(rows));
    step("Evidence table (XLSX)");
    writeFileAtomic(join(work, "evidence.xlsx"), evidenceXlsx(rows, `Evidence: ${meta.title ?? ""}`));
    const entries = selectedChronology(c, selection);
    const scope = chronologyScope(c, selection);
    step("Chronology (Markdown)");
    writeFileAtomic(join(work, "chronology.md"), chronologyMarkdown(meta.title ?? "Case", entries, scope));
    step("Chronology (PDF)");
    writeFileAtomic(join(work, "chronology.pdf"), await chronologyPdf(meta.title ?? "Case", entries, scope, tagColors(c)));
    step("Highlights (JSON-LD)");
    writeFileAtomic(join(work, "highlights.jsonld"), annotationsJson(exportWebAnnotations(c, selection)));
    files.push(...["evidence.csv", "evidence.xlsx", "chronology.md", "chronology.pdf", "highlights.jsonld"].map((path) => ({ path, sha256: "", bytes: 0 })));
    for (const f of files) {
      const bytes = readFileSync(join(work, f.path));
      f.sha256 = sha256(bytes);
      f.bytes = bytes.byteLength;
      f.path = f.path.split(sep).join("/");
    }
    const manifest: Manifest = {
      format: "casemark-bundle/1",
      casemark: CASEMARK_VERSION,
      caseId: meta.id ?? "",
      caseTitle: meta.title ?? "",
      createdAt: new Date().toISOString(),
      ...(selection.documentId !== undefined || selection.tag !== undefined ? { scope: { ...selection } } : {}),
      sources,
      files,
      ...(omitted.length ? { omitted } : {}),
    };
    writeFileAtomic(join(work, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    renameIntoPlace(work, out);
    return manifest;
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/** What a recipient's check finds: every problem, in words; none means the bundle verifies. */
export function verifyBundle(folder: string): { ok: boolean; problems: string[]; files: number } {
  const problems: string[] = [];
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8")) as Manifest;
  } catch (error) {
    return { ok: false, problems: [`manifest.json cannot be read: ${(error as Error).message}`], files: 0 };
  }
  if (manifest.format !== "casemark-bundle/1") problems.push(`manifest.json is not a Casemark bundle manifest (${String(manifest.format)})`);
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const f of manifest.files) {
    const path = join(folder, ...f.path.split("/"));
    if (f.path.split("/").includes("..") || !existsSync(path)) {
      problems.push(`${f.path}: missing`);
      continue;
    }
    const bytes = readFileSync(path);
    if (sha256(bytes) !== f.sha256) problems.push(`${f.path}: changed (SHA-256 differs from the manifest)`);
    if (f.source !== undefined) {
      const source = manifest.sources.find((s) => s.documentId === f.source);
      if (!source) problems.push(`${f.path}: its source document ${f.source} is not in the manifest`);
      else if (bytes.byteLength < source.size || sha256(bytes.subarray(0, source.size)) !== source.sha256) {
        problems.push(`${f.path}: does not begin with the released file ${source.title} (SHA-256 ${source.sha256})`);
      }
    }
  }
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [relative(folder, full).split(sep).join("/")];
    });
  for (const extra of walk(folder)) if (extra !== "manifest.json" && !listed.has(extra)) problems.push(`${extra}: not in the manifest`);
  return { ok: problems.length === 0, problems, files: manifest.files.length };
}
