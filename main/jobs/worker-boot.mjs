// Starts the jobs worker from TypeScript source (CLI, tests); a bundled app points at its built worker instead.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
