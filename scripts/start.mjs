// `npm start`: makes sure the sample case exists, builds the renderer, and opens the desktop app
// when its Electron entry has been built; until then it says where the sample case is.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const home = process.env.CASEMARK_HOME || join(homedir(), ".casemark");
const sample = join(home, "sample.casemark");

function node(args) {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

mkdirSync(home, { recursive: true });
if (!existsSync(sample)) node([join(ROOT, "bin/casemark.mjs"), "sample", sample]);
node([join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--config", "renderer/vite.config.ts", "--logLevel", "warn"]);

const appEntry = join(ROOT, "out/main/index.js");
if (!existsSync(appEntry)) {
  console.log(`
The sample case is ready: ${sample}
The desktop window (Electron main, preload and IPC) is not part of this version yet; until it is,
read the case with the command line, for example:

  npx casemark messages "${sample}"
  npx casemark annotations "${sample}"
  npx casemark search "${sample}" "failed at this tasking"
`);
  process.exit(0);
}
node([join(ROOT, "node_modules/electron/cli.js"), appEntry, sample]);
