// Where the CLI gets passphrases: CASEMARK_PASSPHRASE (and CASEMARK_NEW_PASSPHRASE for a new one),
// else a prompt on the terminal with echo off. Never from the command line, where other users and
// the shell's history could read it.
import { basename } from "node:path";
import { CaseError } from "../store/case-error";
import { askHidden, type Terminal } from "./hidden-prompt";
import { UsageError } from "./exit";

export const PASSPHRASE_VARIABLE = "CASEMARK_PASSPHRASE";
export const NEW_PASSPHRASE_VARIABLE = "CASEMARK_NEW_PASSPHRASE";

/** Tries at the prompt before giving up, as sudo does. */
const ATTEMPTS = 3;

export interface PassphraseSources {
  env: NodeJS.ProcessEnv;
  terminal: Terminal;
}

export function processSources(): PassphraseSources {
  return { env: process.env, terminal: { input: process.stdin, output: process.stderr } };
}

function fromEnv(sources: PassphraseSources, name: string): string | undefined {
  const value = sources.env[name];
  return value ? value : undefined;
}

/** Said on the terminal the prompt is on, like the prompt itself. */
function tell(sources: PassphraseSources, message: string): void {
  sources.terminal.output.write(`casemark: ${message}\n`);
}

function canAsk(sources: PassphraseSources): boolean {
  return sources.terminal.input.isTTY === true;
}

/**
 * The passphrase of an encrypted case, proven by `unlock` (which throws a "wrong-passphrase" CaseError
 * when it is not): from the variable (one try), else asked up to three times.
 */
export async function unlockWithPassphrase<T>(path: string, unlock: (passphrase: string) => T, sources = processSources()): Promise<T> {
  const given = fromEnv(sources, PASSPHRASE_VARIABLE);
  if (given) return unlock(given);
  if (!canAsk(sources)) {
    throw new UsageError(`${path} is encrypted: set ${PASSPHRASE_VARIABLE} to its passphrase, or run the command in a terminal to be asked for it.`);
  }
  for (let attempt = 1; ; attempt++) {
    const typed = await askHidden(`Passphrase for ${basename(path)}: `, sources.terminal);
    try {
      return unlock(typed);
    } catch (error) {
      if (!(error instanceof CaseError && error.code === "wrong-passphrase") || attempt >= ATTEMPTS) throw error;
      tell(sources, "that passphrase does not unlock the case; try again.");
    }
  }
}

/** A passphrase to encrypt with: from `variable`, else asked twice (the two must match). */
export async function choosePassphrase(path: string, variable: string, sources = processSources()): Promise<string> {
  const given = fromEnv(sources, variable);
  if (given) return given;
  if (!canAsk(sources)) {
    throw new UsageError(`A passphrase is needed to encrypt ${path}: set ${variable}, or run the command in a terminal to be asked for it.`);
  }
  for (let attempt = 1; ; attempt++) {
    const first = await askHidden(`New passphrase for ${basename(path)}: `, sources.terminal);
    if (first.trim() === "") {
      if (attempt >= ATTEMPTS) throw new UsageError("no passphrase was chosen; nothing was changed.");
      tell(sources, "the passphrase cannot be empty; try again.");
      continue;
    }
    const again = await askHidden("Type it again: ", sources.terminal);
    if (again === first) return first;
    if (attempt >= ATTEMPTS) throw new UsageError("the two passphrases did not match; nothing was changed.");
    tell(sources, "the two passphrases do not match; try again.");
  }
}
