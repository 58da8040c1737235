// `casemark import` and `import-annotations`: bringing files and W3C annotations into a case.
import type { Command } from "commander";
import { readFileSync } from "node:fs";
import type { ImportResult } from "../../../shared/model";
import { importPaths } from "../../import/import-files";
import { importWebAnnotations } from "../../export/web-annotation";
import { emit, table } from "../output";
import { terminalProgress } from "../progress";
import { withCase, withJobs } from "../with-case";
import { EXIT, UsageError } from "../exit";

function describe(r: ImportResult): string {
  const ids = r.documentIds && r.documentIds.length > 1 ? ` (${r.documentIds.length} documents)` : "";
  const detail = r.status === "failed" ? r.error : `document ${r.documentId}${ids}`;
  return `${r.status.padEnd(9)} ${r.path}: ${detail}${r.warnings ? `\n          ${r.warnings.join("\n          ")}` : ""}`;
}

export function registerImportCommands(program: Command): void {
  program
    .command("import")
    .description("import files and folders (folders recursively): .eml, .mbox, maildir files, .txt, .html")
    .argument("<case>", "case file")
    .argument("<paths...>", "files or folders")
    .option("--json", "print JSON")
    .action(async (path: string, paths: string[], opts: { json?: boolean }) => {
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once("SIGINT", stop);
      const bar = process.stderr.isTTY ? terminalProgress(process.stderr) : undefined;
      const results = await withJobs((host) =>
        withCase(path, (c) => importPaths(c, paths, { host, signal: controller.signal, ...(bar ? { onProgress: bar.update } : {}) })),
      );
      process.off("SIGINT", stop);
      bar?.clear();
      emit(opts, { results }, () => {
        const count = (s: string) => results.filter((r) => r.status === s).length;
        return `${results.map(describe).join("\n")}\n${count("imported")} imported, ${count("duplicate")} duplicate, ${count("failed")} failed`;
      });
      if (results.some((r) => r.status === "failed")) process.exitCode = EXIT.partial;
    });

  program
    .command("import-annotations")
    .description("import W3C Web Annotation JSON-LD (as written by `casemark export --format json`)")
    .argument("<case>", "case file")
    .argument("<file>", "JSON-LD file")
    .option("--json", "print JSON")
    .action(async (path: string, file: string, opts: { json?: boolean }) => {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(file, "utf8"));
      } catch (error) {
        throw new UsageError(`cannot read ${file} as JSON: ${(error as Error).message}`);
      }
      const report = await withCase(path, (c) => importWebAnnotations(c, data));
      emit(opts, report, () =>
        table([
          ["imported", report.imported.length],
          ["drifted (re-anchored)", report.drifted.length],
          ["duplicate", report.duplicate.length],
          ["not placed", report.notPlaced.length],
        ]) + report.notPlaced.map((n) => `\n  ${n.id}: ${n.reason}`).join(""),
      );
      if (report.notPlaced.length) process.exitCode = EXIT.partial;
    });
}
