// Every export format behind one function, for the command line and the window alike: what to write
// for a format, a selection (the whole case, one document, or one tag's highlights) and a target (a
// file, or a folder for the annotated PDFs and the bundle), with a step for each piece of work (progress,
// and the place to stop). exportToFolder writes several formats into a folder the user chose, under
// names that never overwrite what is there, and checks a bundle as a recipient would.
import { existsSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { ExportedFile, ExportFailure, ExportFormat, ExportResult } from "../../shared/ipc";
import type { JobHost } from "../jobs/host";
import { caseMeta, type Case } from "../store/case-file";
import { CaseError } from "../store/case-error";
import { getDocument } from "../store/documents";
import { listAnnotations } from "../store/annotations";
import { exportAnnotatedPdf } from "./annotated-pdf";
import {
  bundleSteps,
  chronologyScope,
  exportBundle,
  safeName,
  selectedChronology,
  selectedDocuments,
  tagColors,
  verifyBundle,
  type ExportSelection,
  type Step,
} from "./bundle";
import { chronologyMarkdown } from "./chronology-doc";
import { chronologyPdf } from "./chronology-pdf";
import { evidenceCsv, evidenceRows, evidenceXlsx } from "./evidence-table";
import { exportQdpx } from "./qdpx";
import { exportWebAnnotations } from "./web-annotation";
import { annotationsJson, ensureFolder, temporaryName, writeFileAtomic, WriteFailed } from "./write-atomic";

export type { ExportSelection, Step };

/** What one format wrote: its files, the documents it could not write (and why), the bundle's check. */
export interface FormatOutcome {
  files: ExportedFile[];
  failures: ExportFailure[];
  bundle?: ExportResult["bundle"];
  /** The numbers the command line reports. */
  counts: { rows?: number; annotations?: number; highlights?: number; sources?: number; selections?: number; entries?: number };
}

/** Thrown by a step once the user has asked to stop; carries the files its format had finished. */
export class ExportCancelled extends Error {
  finished: ExportedFile[] = [];
  constructor() {
    super("The export was cancelled.");
    this.name = "ExportCancelled";
  }
}

const sizeOf = (path: string) => statSync(path).size;
const file = (path: string, format: ExportFormat, extra: Partial<ExportedFile> = {}): ExportedFile => ({ path, format, bytes: sizeOf(path), ...extra });

/** The steps a format takes (one per document for the annotated PDFs and the bundle). */
export function formatSteps(c: Case, format: ExportFormat, selection: ExportSelection): number {
  if (format === "pdf") return selectedDocuments(c, selection).length;
  // The bundle is checked as a recipient would, once written: one step more.
  if (format === "bundle") return bundleSteps(c, selection) + 1;
  return 1;
}

/** The annotated PDFs' file name of a document. */
export const pdfName = (c: Case, documentId: number) => `${documentId}-${safeName(getDocument(c, documentId).title)}.pdf`;

/**
 * Writes one format. `out` is a file, except for the bundle (a new folder) and for annotated PDFs
 * without a document selected (a folder, one PDF per document with highlights in the selection).
 * `name` picks each file's name in a folder (the command line overwrites; the window never does).
 */
export async function exportFormat(
  c: Case,
  host: JobHost,
  format: ExportFormat,
  out: string,
  selection: ExportSelection = {},
  options: { step?: Step; name?: (folder: string, name: string) => string } = {},
): Promise<FormatOutcome> {
  const step: Step = options.step ?? (() => undefined);
  const title = caseMeta(c).title || "Case";
  switch (format) {
    case "pdf": {
      if (selection.documentId !== undefined && !isFolder(out)) {
        step(`Annotated PDF of “${getDocument(c, selection.documentId).title}”`);
        const done = await exportAnnotatedPdf(c, host, selection.documentId, out, listAnnotations(c, selection));
        return { files: [file(out, format, { documentId: selection.documentId })], failures: [], counts: { highlights: done.highlights, annotations: done.annotations } };
      }
      ensureFolder(out);
      const annotations = listAnnotations(c, selection);
      const outcome: FormatOutcome = { files: [], failures: [], counts: { highlights: 0, annotations: 0 } };
      for (const id of selectedDocuments(c, selection)) {
        const document = getDocument(c, id);
        try {
          step(`Annotated PDF of “${document.title}”`);
        } catch (error) {
          if (error instanceof ExportCancelled) error.finished.push(...outcome.files);
          throw error;
        }
        const path = options.name ? options.name(out, pdfName(c, id)) : join(out, pdfName(c, id));
        try {
          const done = await exportAnnotatedPdf(c, host, id, path, annotations);
          outcome.files.push(file(path, format, { documentId: id }));
          outcome.counts.highlights! += done.highlights;
          outcome.counts.annotations! += done.annotations;
        } catch (error) {
          // A document Casemark cannot annotate is listed; a disk that is full or read-only stops it all.
          if (!(error instanceof CaseError) || error instanceof WriteFailed) throw error;
          outcome.failures.push({ format, documentId: id, title: document.title, reason: error.message });
        }
      }
      return outcome;
    }
    case "csv":
    case "xlsx": {
      step(format === "csv" ? "Evidence table (CSV)" : "Evidence table (XLSX)");
      const rows = evidenceRows(c, selection);
      writeFileAtomic(out, format === "csv" ? evidenceCsv(rows) : evidenceXlsx(rows, `Evidence: ${title}`));
      return { files: [file(out, format)], failures: [], counts: { rows: rows.length } };
    }
    case "chronology":
    case "chronology-pdf": {
      step(format === "chronology" ? "Chronology (Markdown)" : "Chronology (PDF)");
      const entries = selectedChronology(c, selection);
      const scope = chronologyScope(c, selection);
      writeFileAtomic(out, format === "chronology" ? chronologyMarkdown(title, entries, scope) : await chronologyPdf(title, entries, scope, tagColors(c)));
      return { files: [file(out, format)], failures: [], counts: { entries: entries.length } };
    }
    case "qdpx": {
      step("REFI-QDA project");
      const done = exportQdpx(c, selection);
      writeFileAtomic(out, done.bytes);
      return { files: [file(out, format)], failures: [], counts: { sources: done.sources, selections: done.selections } };
    }
    case "json": {
      step("Highlights (JSON-LD)");
      const collection = exportWebAnnotations(c, selection);
      writeFileAtomic(out, annotationsJson(collection));
      return { files: [file(out, format)], failures: [], counts: { annotations: collection.total } };
    }
    case "bundle": {
      const manifest = await exportBundle(c, host, out, { selection, step });
      step("Checking the bundle");
      const check = verifyBundle(out);
      return {
        files: [{ path: out, format, bytes: manifest.files.reduce((n, f) => n + f.bytes, 0), files: manifest.files.length + 1 }],
        failures: (manifest.omitted ?? []).map((o) => ({ format, documentId: o.documentId, title: o.title, reason: o.reason })),
        bundle: { path: out, verified: check.ok, problems: check.problems },
        counts: { sources: manifest.sources.length },
      };
    }
  }
}

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** A name in `folder` that is not taken: "evidence.csv", else "evidence (2).csv", … */
export function freeName(folder: string, name: string): string {
  const ext = extname(name);
  const stem = ext ? name.slice(0, -ext.length) : name;
  for (let n = 1; ; n++) {
    const path = join(folder, n === 1 ? name : `${stem} (${n})${ext}`);
    if (!existsSync(path) && !existsSync(temporaryName(path))) return path;
  }
}

/** The names of a folder export, from the case's title and what the selection is. */
function baseName(c: Case, selection: ExportSelection): string {
  const title = safeName(caseMeta(c).title || "case");
  if (selection.documentId !== undefined) return `${title}-doc-${selection.documentId}`;
  if (selection.tag !== undefined) return `${title}-tag-${safeName(selection.tag)}`;
  return title;
}

const FILE_NAMES: Record<Exclude<ExportFormat, "pdf" | "bundle">, string> = {
  csv: "evidence.csv",
  xlsx: "evidence.xlsx",
  chronology: "chronology.md",
  "chronology-pdf": "chronology.pdf",
  qdpx: "project.qdpx",
  json: "highlights.jsonld",
};

/** The order formats are written in: quick ones first, the bundle (which checks itself) last. */
const ORDER: ExportFormat[] = ["csv", "xlsx", "chronology", "chronology-pdf", "json", "qdpx", "pdf", "bundle"];

export interface FolderExport {
  formats: readonly ExportFormat[];
  selection: ExportSelection;
  folder: string;
}

/**
 * Writes each format into the folder (never over a file already there), telling `progress` before
 * each step; `cancelled()` is asked before each step, and a cancelled export keeps what it finished.
 */
export async function exportToFolder(
  c: Case,
  host: JobHost,
  request: FolderExport,
  hooks: { progress?: (p: { done: number; total: number; label: string }) => void; cancelled?: () => boolean } = {},
): Promise<ExportResult> {
  const { folder, selection } = request;
  if (!isFolder(folder)) throw new CaseError("invalid", `${folder} is not a folder; choose a folder to export into.`);
  // An unknown document or tag is refused before anything is written.
  if (selection.documentId !== undefined) getDocument(c, selection.documentId);
  if (selection.tag !== undefined) listAnnotations(c, { tag: selection.tag });
  const formats = ORDER.filter((f) => request.formats.includes(f));
  const total = formats.reduce((n, f) => n + formatSteps(c, f, selection), 0);
  const result: ExportResult = { folder, files: [], failures: [], cancelled: false };
  let done = 0;
  const step: Step = (label) => {
    if (hooks.cancelled?.()) throw new ExportCancelled();
    hooks.progress?.({ done: done++, total, label });
  };
  const base = baseName(c, selection);
  try {
    for (const format of formats) {
      const target =
        format === "pdf" ? folder : format === "bundle" ? freeName(folder, `${base}-bundle`) : freeName(folder, format === "qdpx" ? `${base}.qdpx` : `${base}-${FILE_NAMES[format]}`);
      const outcome = await exportFormat(c, host, format, target, selection, { step, name: freeName });
      result.files.push(...outcome.files);
      result.failures.push(...outcome.failures);
      if (outcome.bundle) result.bundle = outcome.bundle;
    }
  } catch (error) {
    if (!(error instanceof ExportCancelled)) throw error;
    result.files.push(...error.finished);
    result.cancelled = true;
  }
  hooks.progress?.({ done: Math.min(done, total), total, label: result.cancelled ? "Cancelled" : "Done" });
  return result;
}
