#!/usr/bin/env node
// The `casemark` command: runs the TypeScript CLI in main/cli through tsx's loader.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../main/cli/index.ts");
process.exitCode = await main(process.argv);
