// `npm test`: every suite as CI runs it — lint, typecheck, unit/store/import/CLI tests (vitest),
// end-to-end (Playwright) — and one closing line "N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS = `${ROOT}test-results`;
const corpus = fileURLToPath(new URL("../../shared/corpus", import.meta.url));
const env = { ...process.env };
// The shared corpus beside the checkout is used when present (CI and the developers' machines have it).
if (!env.CASEMARK_CORPUS && existsSync(corpus)) env.CASEMARK_CORPUS = corpus;
if (!env.CASEMARK_CORPUS) console.log("test: ../shared/corpus not found and CASEMARK_CORPUS not set; corpus tests will say they are skipped.");

mkdirSync(RESULTS, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function step(name, command, args, extraEnv = {}) {
  console.log(`\n== ${name}`);
  const run = spawnSync(command, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: "inherit" });
  return run.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
}

const npx = (bin, args) => [process.execPath, [`${ROOT}node_modules/${bin}`, ...args]];

for (const [name, [command, args]] of [
  ["lint", npx("eslint/bin/eslint.js", ["."])],
  ["typecheck", [process.execPath, [`${ROOT}scripts/typecheck.mjs`]]],
]) {
  if (step(name, command, args) === 0) totals.passed++;
  else totals.failed++;
}

const vitestJson = `${RESULTS}/vitest.json`;
rmSync(vitestJson, { force: true });
const unitStatus = step("unit, store, import and CLI tests (vitest)", ...npx("vitest/vitest.mjs", ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]));
const unit = readJson(vitestJson);
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
}
if (unitStatus !== 0 && !unit?.numFailedTests) totals.failed++;

const e2eJson = `${RESULTS}/e2e.json`;
rmSync(e2eJson, { force: true });
const e2eStatus = step("end-to-end tests (Playwright)", process.execPath, [`${ROOT}scripts/e2e.mjs`, "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
const e2e = readJson(e2eJson);
if (e2e) {
  totals.passed += e2e.stats.expected + e2e.stats.flaky;
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
}
if (e2eStatus !== 0 && !e2e?.stats.unexpected) totals.failed++;

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
