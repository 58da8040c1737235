// `casemark export` and `casemark verify-bundle`: what leaves the case, written atomically (never a
// half-written file), through the same per-format code as the window's export (main/export/run-export.ts).
// --doc and --tag limit any format to one document or to one tag's highlights.
import type { Command } from "commander";
import { EXPORT_FORMATS, type ExportFormat } from "../../../shared/ipc";
import { verifyBundle } from "../../export/bundle";
import { exportFormat, type ExportSelection, type FormatOutcome } from "../../export/run-export";
import { emit } from "../output";
import { documentId } from "../parse-args";
import { withCase, withJobs } from "../with-case";
import { EXIT, UsageError } from "../exit";

/** Formats that run PDFium or print PDFs, in the jobs workers. */
const NEEDS_JOBS = new Set<ExportFormat>(["pdf", "bundle"]);

function summary(format: ExportFormat, out: string, done: FormatOutcome, selection: ExportSelection): string {
  const n = done.counts;
  switch (format) {
    case "pdf":
      return selection.documentId !== undefined && done.files.length === 1 && done.files[0]!.path === out
        ? `Wrote ${n.highlights} highlights (${n.annotations} PDF annotations) into ${out}.`
        : `Wrote ${done.files.length} annotated PDFs into ${out}.`;
    case "csv":
    case "xlsx":
      return `Wrote ${n.rows} highlights to ${out}.`;
    case "chronology":
    case "chronology-pdf":
      return `Wrote the chronology (${n.entries} passages) to ${out}.`;
    case "qdpx":
      return `Wrote a REFI-QDA project with ${n.sources} sources and ${n.selections} coded selections to ${out}.`;
    case "json":
      return `Wrote ${n.annotations} annotations to ${out}.`;
    case "bundle":
      return `Wrote a bundle of ${done.files[0]?.files ?? 0} files (on ${n.sources} sources) to ${out}; ${done.bundle?.verified ? "it verifies" : "it does NOT verify"} (casemark verify-bundle checks it again).`;
  }
}

export function registerExportCommands(program: Command): void {
  registerBundleCommands(program);
  program
    .command("export")
    .description(
      "export the highlights: json (W3C Web Annotation JSON-LD), pdf (annotated PDFs), csv or xlsx (the evidence table), chronology (Markdown) or chronology-pdf, bundle (a folder of them all with a manifest of SHA-256s), qdpx (a REFI-QDA project)",
    )
    .argument("<case>", "case file")
    .requiredOption("--format <format>", `one of: ${EXPORT_FORMATS.join(", ")}`)
    .requiredOption("--out <path>", "the file to write (a new folder for bundle; for pdf without --doc, the folder for one PDF per document)")
    .option("--doc <id>", "only this document's highlights (pdf: --out is then the PDF's file)")
    .option("--tag <path>", "only highlights with this tag (or a tag below it)")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { format: string; out: string; doc?: string; tag?: string; json?: boolean }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format must be one of: ${EXPORT_FORMATS.join(", ")}`);
      const format = opts.format as ExportFormat;
      const doc = documentId(opts.doc);
      const selection: ExportSelection = { ...(doc !== undefined ? { documentId: doc } : {}), ...(opts.tag !== undefined ? { tag: opts.tag } : {}) };
      const run = (host?: Parameters<typeof exportFormat>[1]) => withCase(path, (c) => exportFormat(c, host!, format, opts.out, selection), { readonly: true });
      const done = NEEDS_JOBS.has(format) ? await withJobs((host) => run(host)) : await run();
      const files = done.files.map((f) => f.path);
      emit(
        opts,
        {
          out: opts.out,
          format,
          ...done.counts,
          ...(format === "pdf" ? { files } : {}),
          ...(format === "bundle" ? { files: done.files[0]?.files ?? 0, verified: done.bundle?.verified ?? false } : {}),
          ...(done.failures.length ? { failures: done.failures } : {}),
        },
        () => [summary(format, opts.out, done, selection), ...done.failures.map((f) => `Not written: ${f.reason}`)].join("\n"),
      );
      if (done.failures.length || (done.bundle && !done.bundle.verified)) process.exitCode = EXIT.partial;
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
