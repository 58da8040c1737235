// Runs the `casemark` command under conditions a test can make without root tricks CI may forbid: a
// file size limit (RLIMIT_FSIZE through bash's `ulimit -f`, SIGXFSZ ignored, so a write past it fails
// with EFBIG as a write to a full disk fails with ENOSPC), and as an unprivileged user, so that a
// folder or file without write permission binds the command even when the tests run as root.
import { spawnSync } from "node:child_process";
import { BIN, type CliRun } from "./cli";

/** The uid and gid the command runs as when the tests run as root: "nobody". */
export const UNPRIVILEGED = 65534;
export const RUNNING_AS_ROOT = process.getuid?.() === 0;

export interface Limits {
  /** The largest file the command may write, in KiB (bash counts `ulimit -f` in 1024-byte blocks). */
  fileSizeKiB?: number;
  /** Run as an unprivileged user (only changes anything when the tests run as root). */
  unprivileged?: boolean;
}

export function cliLimited(args: string[], limits: Limits): CliRun {
  const command = [process.execPath, BIN, ...args];
  const argv =
    limits.fileSizeKiB === undefined ? command : ["bash", "-c", 'trap "" XFSZ; ulimit -f "$1" || exit 99; shift; exec "$@"', "bash", String(limits.fileSizeKiB), ...command];
  const asNobody = limits.unprivileged === true && RUNNING_AS_ROOT;
  const run = spawnSync(argv[0]!, argv.slice(1), {
    encoding: "utf8",
    env: { ...process.env, CASEMARK_AUTHOR: "tester" },
    timeout: 120_000,
    ...(asNobody ? { uid: UNPRIVILEGED, gid: UNPRIVILEGED } : {}),
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout) };
}
