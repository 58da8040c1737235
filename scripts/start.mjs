// `npm start`: builds the renderer and the Electron side, makes sure Electron and an Electron-ABI
// build of better-sqlite3-multiple-ciphers are present (kept apart from the Node build the tests use), then starts
// Casemark; on first run it opens the bundled sample case. With --prepare it stops before starting and
// prints {"electron","binding"} as JSON (the real-app test suite uses it).
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);

const PREPARE = process.argv.includes("--prepare");

function run(args, options = {}) {
  // Preparing for a test: stdout carries only the JSON answer.
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: PREPARE ? ["ignore", "ignore", "inherit"] : "inherit", ...options });
  return result.status ?? 1;
}

function fail(message) {
  console.error(`casemark start: ${message}`);
  process.exit(1);
}

if (run([join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--config", "renderer/vite.config.ts", "--logLevel", "warn"]) !== 0) fail("the renderer did not build");
if (run([join(ROOT, "scripts/build-main.mjs")]) !== 0) fail("the Electron main process did not build");

// Electron 45 downloads its binary on first use rather than at npm install.
const electronDir = join(ROOT, "node_modules/electron");
const electronVersion = JSON.parse(readFileSync(join(electronDir, "package.json"), "utf8")).version;
if (!existsSync(join(electronDir, "path.txt")) && run([join(electronDir, "install.js")]) !== 0) {
  fail(`Electron ${electronVersion} could not be downloaded (no internet here?). The tests do not need it: run npm test.`);
}
const electron = require("electron");

// better-sqlite3-multiple-ciphers (SQLite with the cipher of encrypted cases) built for Electron's ABI,
// in its own folder, so node_modules keeps the Node build. The folder names the module: a binding of
// plain better-sqlite3 left there by an older checkout cannot open encrypted cases, and is never reused.
const MODULE = "better-sqlite3-multiple-ciphers";
const nativeDir = join(ROOT, "out/native", `${MODULE}-electron-${electronVersion}-${process.platform}-${process.arch}`);
const binding = join(nativeDir, "better_sqlite3.node");
if (!existsSync(binding)) {
  const work = mkdtempSync(join(tmpdir(), "casemark-native-"));
  const source = join(ROOT, "node_modules", MODULE);
  cpSync(source, join(work, MODULE), { recursive: true, filter: (path) => !path.startsWith(join(source, "build")) });
  const prebuild = require.resolve("prebuild-install/bin.js", { paths: [source] });
  const status = run([prebuild, "--runtime", "electron", "--target", electronVersion, "--arch", process.arch, "--platform", process.platform], { cwd: join(work, MODULE) });
  if (status !== 0) fail(`no prebuilt ${MODULE} for this Electron could be fetched; see README (native modules)`);
  mkdirSync(nativeDir, { recursive: true });
  copyFileSync(join(work, MODULE, "build/Release/better_sqlite3.node"), binding);
  rmSync(work, { recursive: true, force: true });
}

if (PREPARE) {
  console.log(JSON.stringify({ electron, binding }));
  process.exit(0);
}

const started = spawnSync(electron, [join(ROOT, "out/main/index.js"), ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, CASEMARK_SQLITE_BINDING: binding },
});
process.exit(started.status ?? 0);
