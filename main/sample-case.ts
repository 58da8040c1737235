// Builds the bundled sample case: the reconstructed 2017 thread in resources/sample-case, with the
// order → response → failure report story already highlighted, so a newcomer sees the point at once.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findQuote } from "../shared/anchoring/quote";
import { createAnnotation } from "./store/annotations";
import type { Case } from "./store/case-file";
import { documentText } from "./store/documents";
import { write } from "./store/write";
import type { JobHost } from "./jobs/host";
import { importPaths } from "./import/import-files";

export const SAMPLE_DIR = fileURLToPath(new URL("../resources/sample-case/", import.meta.url));

interface SampleHighlight {
  file: string;
  quote: string;
  tags: string[];
  note?: string;
}

const HIGHLIGHTS: SampleHighlight[] = [
  { file: "01-", quote: "It is due tonight.", tags: ["order"] },
  {
    file: "01-",
    quote: "three most egregious cases",
    tags: ["order"],
    note: "The tasking: HQ wants each field office's three most egregious cases for a white paper to S1, due the same night.",
  },
  { file: "02-", quote: "This is due tonight and it is going to S1.", tags: ["order"], note: "San Antonio relays the tasking to its sub-offices." },
  {
    file: "03-",
    quote: "We were pinged by HQ this morning indicating that we failed at this tasking.",
    tags: ["failure report"],
    note: "The failure report: nothing from San Antonio's AOR made the package to S1.",
  },
  { file: "04-", quote: "Most of our arrests this week were collateral or administrative and have no criminal convictions.", tags: ["response"] },
  { file: "05-", quote: "Attached is the San Antonio summary for the first case", tags: ["response"] },
  { file: "06-", quote: "HQ and San Antonio will be pinging us again this afternoon.", tags: ["order"] },
  { file: "06-", quote: "Let's not fail this one twice.", tags: ["failure report"] },
];

export async function buildSampleCase(c: Case, host: JobHost): Promise<{ documents: number; annotations: number }> {
  const files = readdirSync(SAMPLE_DIR).filter((f) => f.endsWith(".eml")).sort();
  const results = await importPaths(c, files.map((f) => `${SAMPLE_DIR}${f}`), { host });
  const failed = results.filter((r) => r.status === "failed");
  if (failed.length) throw new Error(`the sample case could not be built: ${failed.map((r) => `${r.path}: ${r.error}`).join("; ")}`);
  const byPrefix = new Map(files.map((f, i) => [f.slice(0, 3), results[i]!.documentId!]));
  let annotations = 0;
  write(c, () => {
    for (const h of HIGHLIGHTS) {
      const documentId = byPrefix.get(h.file)!;
      // The first occurrence is the message's own text, above any quoted copies.
      const at = findQuote(documentText(c, documentId), h.quote)[0];
      if (!at) throw new Error(`sample highlight not found in ${h.file}: ${h.quote}`);
      createAnnotation(c, { documentId, ...at, tags: h.tags, ...(h.note ? { note: h.note } : {}), author: "Casemark sample" });
      annotations++;
    }
  });
  return { documents: results.reduce((n, r) => n + (r.documentIds?.length ?? 0), 0), annotations };
}
