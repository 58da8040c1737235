// The reference tools the benchmark runs beside Casemark (Debian packages): which are here, what to
// install for the rest, and running one of them with its peak memory (through /usr/bin/time when present).
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { findChromium } from "../e2e/find-chromium";

export interface Tool {
  name: string;
  /** The Debian package that provides it. */
  debian: string;
  /** What the benchmark uses it for. */
  purpose: string;
  present: boolean;
}

export type Tools = Record<"pdftotext" | "notmuch" | "time" | "qpdf" | "chromium", Tool>;

const runs = (command: string, args: string[]) => spawnSync(command, args, { stdio: "ignore" }).status === 0;

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function checkTools(): Tools {
  return {
    pdftotext: { name: "pdftotext", debian: "poppler-utils", purpose: "reference for PDF import", present: runs("pdftotext", ["-v"]) },
    notmuch: { name: "notmuch", debian: "notmuch", purpose: "reference for mbox import (notmuch new)", present: runs("notmuch", ["--version"]) },
    time: { name: "/usr/bin/time", debian: "time", purpose: "peak memory of the reference tools", present: executable("/usr/bin/time") },
    qpdf: { name: "qpdf", debian: "qpdf", purpose: "checks the annotated export is a valid PDF", present: runs("qpdf", ["--version"]) },
    // The UI benchmark's browser, found as the e2e suite finds it (Playwright's own download also serves).
    chromium: { name: "chromium", debian: "chromium", purpose: "UI at scale (Playwright)", present: findChromium() !== undefined },
  };
}

/** Prints which tools are here and, when some are missing, the one apt-get line that installs them. */
export function printTools(tools: Tools): void {
  console.log("\n| reference tool | Debian package | used for | here |\n|---|---|---|---|");
  for (const t of Object.values(tools)) console.log(`| ${t.name} | ${t.debian} | ${t.purpose} | ${t.present ? "yes" : "**not installed**"} |`);
  const missing = Object.values(tools).filter((t) => !t.present);
  if (missing.length === 0) return;
  console.log(`\nMissing: ${missing.map((t) => t.name).join(", ")}. Their rows are marked "not installed"; to install them:`);
  console.log(`  sudo apt-get install -y ${missing.map((t) => t.debian).join(" ")}`);
  if (!tools.chromium.present) console.log("  (or, with internet access, `npx playwright install chromium` for the UI benchmark)");
}

export interface ToolRun {
  seconds: number;
  /** Peak resident memory of the tool, when /usr/bin/time could tell. */
  peakRssMb: number | null;
  stdout: string;
}

/** Runs a reference tool to the end; throws with its stderr when it fails. */
export function runTool(tools: Tools, command: string, args: string[]): ToolRun {
  const timed = tools.time.present;
  const started = performance.now();
  const run = timed
    ? spawnSync("/usr/bin/time", ["-f", "%M", command, ...args], { encoding: "utf8", maxBuffer: 1 << 30 })
    : spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${command} failed: ${run.error?.message ?? run.stderr}`);
  const kb = timed ? Number(run.stderr.trim().split("\n").pop()) : NaN;
  return { seconds, peakRssMb: Number.isFinite(kb) ? kb / 1024 : null, stdout: run.stdout };
}
