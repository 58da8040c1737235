// Bundles the Electron side into out/main: the main process and the jobs worker as ES modules that
// load their packages from node_modules, and the preload as one self-contained script (sandboxed
// preloads cannot load packages).
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const common = { absWorkingDir: ROOT, bundle: true, platform: "node", target: "node22", sourcemap: true, logLevel: "warning" };

await Promise.all([
  build({ ...common, entryPoints: ["main/app/index.ts"], outfile: "out/main/index.js", format: "esm", packages: "external" }),
  build({ ...common, entryPoints: ["main/jobs/worker.ts"], outfile: "out/main/worker.js", format: "esm", packages: "external" }),
  build({ ...common, entryPoints: ["main/app/preload.ts"], outfile: "out/main/preload.cjs", format: "cjs", external: ["electron"] }),
]);
