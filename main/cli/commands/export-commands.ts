// `casemark export`: what leaves the case, written atomically (never a half-written file):
// json — every annotation as W3C Web Annotation JSON-LD; pdf — a PDF document with its highlights as
// real PDF annotations, the original bytes an exact prefix of the file; csv — the evidence table, one
// row per highlight with its pinpoint citation.
import type { Command } from "commander";
import { exportAnnotatedPdf } from "../../export/annotated-pdf";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { exportBundle, safeName, verifyBundle } from "../../export/bundle";
import { chronologyMarkdown } from "../../export/chronology-doc";
import { caseMeta } from "../../store/case-file";
import { chronology } from "../../store/chronology";
import { listAnnotations } from "../../store/annotations";
import { getDocument } from "../../store/documents";
import { evidenceCsv, evidenceRows } from "../../export/evidence-table";
import { exportQdpx } from "../../export/qdpx";
import { exportWebAnnotations } from "../../export/web-annotation";
import { annotationsJson, writeFileAtomic } from "../../export/write-atomic";
import { emit } from "../output";
import { withCase, withJobs } from "../with-case";
import { EXIT, UsageError } from "../exit";

const FORMATS = ["json", "pdf", "csv", "bundle", "qdpx", "chronology"] as const;

export function registerExportCommands(program: Command): void {
  registerBundleCommands(program);
  program
    .command("export")
    .description("export annotations (json: W3C Web Annotation JSON-LD; pdf: a PDF document with its highlights as PDF annotations; csv: the evidence table; bundle: a folder with all of them and a manifest of SHA-256s; qdpx: a REFI-QDA project; chronology: Markdown)")
    .argument("<case>", "case file")
    .requiredOption("--format <format>", `one of: ${FORMATS.join(", ")}`)
    .requiredOption("--out <file>", "where to write it")
    .option("--doc <id>", "the document (pdf: without it, one PDF per highlighted document into the --out folder; csv: only its highlights)")
    .option("--tag <path>", "chronology: only passages with this tag (or one below it)")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { format: string; out: string; doc?: string; tag?: string; json?: boolean }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format must be one of: ${FORMATS.join(", ")}`);
      if (opts.format === "chronology") {
        const text = await withCase(path, (c) => chronologyMarkdown(caseMeta(c).title ?? "Case", chronology(c, opts.tag ? { tag: opts.tag } : {}), opts.tag ? { tag: opts.tag } : {}), { readonly: true });
        writeFileAtomic(opts.out, text);
        emit(opts, { out: opts.out, format: "chronology" }, () => `Wrote the chronology to ${opts.out}.`);
        return;
      }
      if (opts.format === "pdf" && opts.doc === undefined) {
        mkdirSync(opts.out, { recursive: true });
        const written = await withJobs((host) =>
          withCase(path, async (c) => {
            const ids = [...new Set(listAnnotations(c).map((a) => a.documentId))];
            const done = [];
            for (const id of ids) {
              const title = getDocument(c, id).title;
              done.push(await exportAnnotatedPdf(c, host, id, join(opts.out, `${id}-${safeName(title)}.pdf`)));
            }
            return done;
          }, { readonly: true }),
        );
        emit(opts, { out: opts.out, format: "pdf", files: written.map((w) => w.path) }, () => `Wrote ${written.length} annotated PDFs into ${opts.out}.`);
        return;
      }
      if (opts.format === "pdf") {
        const doc = Number(opts.doc);
        if (!Number.isSafeInteger(doc) || doc < 1) throw new UsageError("--doc must be a document id (see casemark docs)");
        const done = await withJobs((host) => withCase(path, (c) => exportAnnotatedPdf(c, host, doc, opts.out), { readonly: true }));
        emit(opts, { out: done.path, format: "pdf", highlights: done.highlights, annotations: done.annotations, bytes: done.bytes }, () =>
          `Wrote ${done.highlights} highlights (${done.annotations} PDF annotations) into ${done.path}.`,
        );
        return;
      }
      if (opts.format === "bundle") {
        const manifest = await withJobs((host) => withCase(path, (c) => exportBundle(c, host, opts.out), { readonly: true }));
        emit(opts, { out: opts.out, format: "bundle", files: manifest.files.length, sources: manifest.sources.length }, () =>
          `Wrote a bundle of ${manifest.files.length} files (on ${manifest.sources.length} sources) to ${opts.out}; check it with casemark verify-bundle.`,
        );
        return;
      }
      if (opts.format === "qdpx") {
        const done = await withCase(path, exportQdpx, { readonly: true });
        writeFileAtomic(opts.out, done.bytes);
        emit(opts, { out: opts.out, format: "qdpx", sources: done.sources, selections: done.selections }, () =>
          `Wrote a REFI-QDA project with ${done.sources} sources and ${done.selections} coded selections to ${opts.out}.`,
        );
        return;
      }
      if (opts.format === "csv") {
        const doc = opts.doc === undefined ? undefined : Number(opts.doc);
        if (doc !== undefined && (!Number.isSafeInteger(doc) || doc < 1)) throw new UsageError("--doc must be a document id (see casemark docs)");
        const rows = await withCase(path, (c) => evidenceRows(c, doc), { readonly: true });
        writeFileAtomic(opts.out, evidenceCsv(rows));
        emit(opts, { out: opts.out, format: "csv", rows: rows.length }, () => `Wrote ${rows.length} highlights to ${opts.out}.`);
        return;
      }
      const collection = await withCase(path, exportWebAnnotations, { readonly: true });
      writeFileAtomic(opts.out, annotationsJson(collection));
      emit(opts, { out: opts.out, format: opts.format, annotations: collection.total }, () => `Wrote ${collection.total} annotations to ${opts.out}.`);
    });
}

function registerBundleCommands(program: Command): void {
  program
    .command("verify-bundle")
    .description("check an exported bundle: every file as its manifest says, every annotated PDF beginning with its released file")
    .argument("<folder>", "the bundle's folder")
    .option("--json", "print JSON")
    .action((folder: string, opts: { json?: boolean }) => {
      const report = verifyBundle(folder);
      emit(opts, report, () => (report.ok ? `The bundle verifies: ${report.files} files as the manifest says.` : report.problems.join("\n")));
      if (!report.ok) process.exitCode = EXIT.partial;
    });
}
