// Runs the UI-at-scale benchmark (test/bench/ui) in Chromium through scripts/e2e.mjs — which builds the
// renderer (into CASEMARK_RENDERER_OUT when set) — on the cases the other benchmarks built, and reads
// back the figures its specs wrote. A missing browser or a failed spec leaves those figures out, with why.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { figuresPath, type LibraryFigures, type ReleaseFigures, type SidebarFigures, type UiInput } from "./ui/ui-input";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface UiResults {
  /** Why some figures are missing, if they are. */
  problem: string | null;
  release: ReleaseFigures | null;
  library: LibraryFigures | null;
  sidebar: SidebarFigures | null;
}

function read<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : null;
}

/** `playwrightOutput`: where Playwright keeps traces and failure screenshots (its --output). */
export function benchUi(dir: string, cases: Omit<UiInput, "out">, playwrightOutput?: string): UiResults {
  const out = join(dir, "ui");
  mkdirSync(out, { recursive: true });
  const inputPath = join(out, "input.json");
  writeFileSync(inputPath, JSON.stringify({ ...cases, out } satisfies UiInput));
  const args = [join(ROOT, "scripts/e2e.mjs"), "--config", "test/bench/ui/playwright.config.ts", "--project", "chromium", ...(playwrightOutput ? ["--output", playwrightOutput] : [])];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, CASEMARK_BENCH_UI: inputPath }, encoding: "utf8", maxBuffer: 1 << 26 });
  const said = `${run.stdout ?? ""}${run.stderr ?? ""}`;
  const results: UiResults = {
    problem: null,
    release: read<ReleaseFigures>(figuresPath(out, "release")),
    library: read<LibraryFigures>(figuresPath(out, "library")),
    sidebar: read<SidebarFigures>(figuresPath(out, "sidebar")),
  };
  if (/no Chromium found/.test(said)) results.problem = "not run: no Chromium (sudo apt-get install -y chromium)";
  else if (run.status !== 0) {
    results.problem = `Playwright exited with ${run.status}; its output ends:\n${said.trim().split("\n").slice(-40).join("\n")}`;
  }
  return results;
}
