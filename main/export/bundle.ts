// The bundle a clinic hands over: a folder with the annotated PDFs, the evidence table, the highlights
// as W3C Web Annotation JSON-LD, and manifest.json naming every file's SHA-256, every source's SHA-256
// and size, the case id and the Casemark version — so a recipient can check that nothing changed and
// that each annotated PDF begins with the released file, byte for byte. It is written beside its final
// name and renamed into place when complete.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { JobHost } from "../jobs/host";
import { listAnnotations } from "../store/annotations";
import { caseMeta, type Case } from "../store/case-file";
import { CaseError } from "../store/case-error";
import { listDocuments } from "../store/documents";
import { exportAnnotatedPdf } from "./annotated-pdf";
import { evidenceCsv, evidenceRows } from "./evidence-table";
import { exportWebAnnotations } from "./web-annotation";
import { annotationsJson, writeFileAtomic } from "./write-atomic";

export const CASEMARK_VERSION = "0.1.0";

export interface Manifest {
  format: "casemark-bundle/1";
  casemark: string;
  caseId: string;
  caseTitle: string;
  createdAt: string;
  /** The released files the bundle's work is on. */
  sources: { documentId: number; title: string; sha256: string; size: number }[];
  /** Every other file of the bundle; `source` names the document an annotated PDF copies. */
  files: { path: string; sha256: string; bytes: number; source?: number }[];
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A file name from a title: letters, digits, dot, dash; never a path. */
export function safeName(title: string): string {
  return (title.normalize("NFKD").replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "document").replace(/^\.+/, "");
}

export async function exportBundle(c: Case, host: JobHost, out: string): Promise<Manifest> {
  if (existsSync(out)) throw new CaseError("invalid", `${out} already exists; choose a new folder for the bundle.`);
  const work = `${out}.partial-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, "annotated"), { recursive: true });
  try {
    const documents = listDocuments(c);
    const highlighted = new Set(listAnnotations(c).map((a) => a.documentId));
    const files: Manifest["files"] = [];
    const sources: Manifest["sources"] = [];
    for (const d of documents.filter((d) => highlighted.has(d.id))) {
      sources.push({ documentId: d.id, title: d.title, sha256: d.sha256, size: d.size });
      if (d.kind !== "pdf") continue;
      const path = join("annotated", `${d.id}-${safeName(d.title)}.pdf`);
      await exportAnnotatedPdf(c, host, d.id, join(work, path));
      files.push({ path, sha256: "", bytes: 0, source: d.id });
    }
    writeFileAtomic(join(work, "evidence.csv"), evidenceCsv(evidenceRows(c)));
    files.push({ path: "evidence.csv", sha256: "", bytes: 0 });
    writeFileAtomic(join(work, "highlights.jsonld"), annotationsJson(exportWebAnnotations(c)));
    files.push({ path: "highlights.jsonld", sha256: "", bytes: 0 });
    for (const f of files) {
      const bytes = readFileSync(join(work, f.path));
      f.sha256 = sha256(bytes);
      f.bytes = bytes.byteLength;
      f.path = f.path.split(sep).join("/");
    }
    const meta = caseMeta(c);
    const manifest: Manifest = {
      format: "casemark-bundle/1",
      casemark: CASEMARK_VERSION,
      caseId: meta.id ?? "",
      caseTitle: meta.title ?? "",
      createdAt: new Date().toISOString(),
      sources,
      files,
    };
    writeFileAtomic(join(work, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(work, out);
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
