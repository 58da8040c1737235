// `npm run bench [-- --quick]`: runs the TypeScript benchmark in test/bench through tsx.
import { register } from "tsx/esm/api";

register();
await import("../test/bench/run.ts");
