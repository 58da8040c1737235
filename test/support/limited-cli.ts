// Runs the `casemark` command under conditions a test can make without root tricks CI may forbid: a
// file size limit (RLIMIT_FSIZE through bash's `ulimit -f`, SIGXFSZ ignored, so a write past it fails
// with EFBIG as a write to a full disk fails with ENOSPC), and without the power to override file
// permissions, so that a folder or file without write permission binds the command even when the
// tests run as root: root keeps its uid (so it still reads the project wherever it was cloned, even
// under a private temporary folder) but loses CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (util-linux's
// setpriv, part of every Debian system).
import { spawnSync } from "node:child_process";
import { BIN, type CliRun } from "./cli";

export const RUNNING_AS_ROOT = process.getuid?.() === 0;
const NO_PERMISSION_OVERRIDE = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"];

export interface Limits {
  /** The largest file the command may write, in KiB (bash counts `ulimit -f` in 1024-byte blocks). */
  fileSizeKiB?: number;
  /** Bound by file permissions as any user is (only changes anything when the tests run as root). */
  unprivileged?: boolean;
}

export function cliLimited(args: string[], limits: Limits): CliRun {
  let argv = [process.execPath, BIN, ...args];
  if (limits.fileSizeKiB !== undefined) argv = ["bash", "-c", 'trap "" XFSZ; ulimit -f "$1" || exit 99; shift; exec "$@"', "bash", String(limits.fileSizeKiB), ...argv];
  if (limits.unprivileged === true && RUNNING_AS_ROOT) argv = [...NO_PERMISSION_OVERRIDE, ...argv];
  const run = spawnSync(argv[0]!, argv.slice(1), { encoding: "utf8", env: { ...process.env, CASEMARK_AUTHOR: "tester" }, timeout: 120_000 });
  if (run.error) throw run.error;
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout) };
}
