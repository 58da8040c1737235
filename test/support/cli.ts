// Runs the real `casemark` command as a user would: a child process, its stdout, stderr and exit code.
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../bin/casemark.mjs", import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json: () => unknown;
}

export function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    cwd: options.cwd,
    env: { ...process.env, CASEMARK_AUTHOR: "tester", ...options.env },
    timeout: 120_000,
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout) };
}

/** Starts the CLI without waiting, for tests that interrupt it. */
export function cliProcess(args: string[]) {
  return spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, CASEMARK_AUTHOR: "tester" } });
}
