// The `casemark` command line over the same store, jobs and exporters as the app. Never imports electron.
import { Command, CommanderError } from "commander";
import { CaseError } from "../store/case-error";
import { registerAnnotateCommands } from "./commands/annotate-commands";
import { registerCaseCommands } from "./commands/case-commands";
import { registerEncryptionCommands } from "./commands/encryption-commands";
import { registerExportCommands } from "./commands/export-commands";
import { registerImportCommands } from "./commands/import-commands";
import { registerMemoCommands } from "./commands/memo-commands";
import { registerReadCommands } from "./commands/read-commands";
import { registerStoryCommands } from "./commands/story-commands";
import { registerTagCommands } from "./commands/tag-commands";
import { EXIT, UsageError } from "./exit";
import { warn } from "./output";

export function buildProgram(): Command {
  const program = new Command("casemark")
    .description("Casemark: read, highlight, tag and search released email records, offline.")
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerCaseCommands(program);
  registerEncryptionCommands(program);
  registerImportCommands(program);
  registerReadCommands(program);
  registerAnnotateCommands(program);
  registerTagCommands(program);
  registerStoryCommands(program);
  registerExportCommands(program);
  registerMemoCommands(program);
  for (const command of [program, ...program.commands, ...program.commands.flatMap((c) => c.commands)]) command.exitOverride();
  return program;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests and the bin share it. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; commander has already printed them.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CaseError || error instanceof UsageError) {
      warn(error.message);
      return EXIT.usage;
    }
    warn(`unexpected error: ${(error as Error)?.stack ?? String(error)}`);
    return EXIT.usage;
  }
}
