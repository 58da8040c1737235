// `npm run typecheck`: each layer against its own environment (shared: no DOM, no Node; main: Node; renderer: DOM).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
let failed = false;
for (const project of ["shared", "main", "renderer", "test"]) {
  const run = spawnSync(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, "-p", `${project}/tsconfig.json`], { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`typecheck: ${project}/ has type errors`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
