// The shared real-world corpus (../shared/corpus), found through CASEMARK_CORPUS; tests skip without it.
import { existsSync } from "node:fs";
import { join } from "node:path";

export const CORPUS = process.env.CASEMARK_CORPUS && existsSync(process.env.CASEMARK_CORPUS) ? process.env.CASEMARK_CORPUS : undefined;

export function corpusPath(...parts: string[]): string {
  if (!CORPUS) throw new Error("CASEMARK_CORPUS is not set");
  return join(CORPUS, ...parts);
}

export const SKIP_REASON = "CASEMARK_CORPUS is not set (point it at ../shared/corpus); corpus tests skipped";
