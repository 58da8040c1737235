// `casemark export`: annotations out of the case, written atomically (never a half-written file).
import type { Command } from "commander";
import { exportWebAnnotations } from "../../export/web-annotation";
import { annotationsJson, writeFileAtomic } from "../../export/write-atomic";
import { emit } from "../output";
import { withCase } from "../with-case";
import { UsageError } from "../exit";

const FORMATS = ["json"] as const;

export function registerExportCommands(program: Command): void {
  program
    .command("export")
    .description("export every annotation (json: W3C Web Annotation JSON-LD)")
    .argument("<case>", "case file")
    .requiredOption("--format <format>", `one of: ${FORMATS.join(", ")}`)
    .requiredOption("--out <file>", "where to write it")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { format: string; out: string; json?: boolean }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format must be one of: ${FORMATS.join(", ")}`);
      const collection = await withCase(path, exportWebAnnotations, { readonly: true });
      writeFileAtomic(opts.out, annotationsJson(collection));
      emit(opts, { out: opts.out, format: opts.format, annotations: collection.total }, () => `Wrote ${collection.total} annotations to ${opts.out}.`);
    });
}
