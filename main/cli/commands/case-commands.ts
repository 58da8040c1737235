// `casemark new` (plain or encrypted), `verify`, `backup` and `sample`: making, checking, copying and demonstrating case files.
import type { Command } from "commander";
import { backupCase } from "../../store/backup";
import { caseMeta } from "../../store/case-file";
import { verifyCase } from "../../store/verify";
import { buildSampleCase } from "../../sample-case";
import { emit } from "../output";
import { withCase, withJobs, withNewCase } from "../with-case";
import { EXIT } from "../exit";
import { PASSPHRASE_VARIABLE } from "../passphrase";

export function registerCaseCommands(program: Command): void {
  program
    .command("new")
    .description("create a new, empty case file")
    .argument("<case>", "path of the case file to create (e.g. release.casemark)")
    .option("--title <title>", "the case's title")
    .option("--encrypt", `encrypt the case with a passphrase (from ${PASSPHRASE_VARIABLE}, or asked twice)`)
    .option("--json", "print JSON")
    .action(async (path: string, opts: { title?: string; encrypt?: boolean; json?: boolean }) => {
      const meta = await withNewCase(path, opts.title, caseMeta, { encrypt: opts.encrypt === true });
      const encrypted = opts.encrypt === true;
      emit(opts, { path, id: meta.id, title: meta.title, ...(encrypted ? { encrypted } : {}) }, () => `Created ${path} (${meta.title})${encrypted ? ", encrypted" : ""}.`);
    });

  program
    .command("verify")
    .description("check the case file: SQLite integrity, every original against its SHA-256, the audit chain")
    .argument("<case>", "case file")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { json?: boolean }) => {
      const report = await withCase(path, verifyCase, { readonly: true });
      emit(opts, report, () =>
        report.ok
          ? `OK: ${report.checked.documents} documents, ${report.checked.blobs} originals and ${report.checked.auditRows} audit entries verified.`
          : `PROBLEMS:\n${report.problems.map((p) => `  - ${p}`).join("\n")}`,
      );
      if (!report.ok) process.exitCode = EXIT.partial;
    });

  program
    .command("backup")
    .description("copy the case with SQLite's online backup (safe while the app has it open), then verify the copy")
    .argument("<case>", "case file")
    .argument("<dest>", "the new file to write (never overwritten)")
    .option("--json", "print JSON")
    .action(async (path: string, dest: string, opts: { json?: boolean }) => {
      const result = await withCase(path, (c) => backupCase(c, dest), { readonly: true });
      emit(opts, result, () => `Backed up ${path} to ${result.path} (${(result.bytes / 1048576).toFixed(1)} MiB); the copy verifies: ${result.verify.checked.documents} documents, ${result.verify.checked.blobs} originals.`);
    });

  program
    .command("sample")
    .description("build the sample case (a reconstructed 2017 ICE email thread) with example highlights")
    .argument("<case>", "path of the case file to create")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { json?: boolean }) => {
      const summary = await withJobs((host) => withNewCase(path, "Sample case: “Due Tonight for S1 – URGENT” (reconstruction)", (c) => buildSampleCase(c, host)));
      emit(opts, { path, ...summary }, () => `Built the sample case ${path}: ${summary.documents} documents, ${summary.annotations} highlights.`);
    });
}
