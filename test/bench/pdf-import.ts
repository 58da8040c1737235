// Benchmark: importing a generated printed-email release PDF (text layer, stamps, exemption codes)
// against poppler's pdftotext on the same file.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { importPaths } from "../../main/import/import-files";
import { warmHost } from "./measure";
import { closeCase, createCase } from "../../main/store/case-file";
import { listMessages } from "../../main/store/messages";
import { generateRelease } from "../support/generate-release";
import { measure, median, type Measurement } from "./measure";
import { runTool, type Tools } from "./tools";

export interface PdfRow {
  tool: string;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  peakRssMb: number | null;
  messages?: number;
}

/** Imports into a new case; `keepAt` keeps that case (for the UI benchmark), else it is removed. */
async function casemarkImport(dir: string, pdf: string, keepAt?: string): Promise<Measurement & { messages: number }> {
  const path = keepAt ?? join(dir, `bench-${Date.now()}.casemark`);
  const c = createCase(path);
  const host = await warmHost();
  let messages = 0;
  try {
    const m = await measure(async () => {
      const [result] = await importPaths(c, [pdf], { host });
      if (result?.status !== "imported") throw new Error(`bench import failed: ${JSON.stringify(result)}`);
      messages = listMessages(c, { documentId: result.documentId! }).length;
    });
    return { ...m, messages };
  } finally {
    await host.close();
    closeCase(c);
    if (!keepAt) for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  }
}

function pdftotext(tools: Tools, pdf: string): Measurement {
  const run = runTool(tools, "pdftotext", [pdf, "-"]);
  return { seconds: run.seconds, peakRssMb: run.peakRssMb ?? NaN };
}

export interface PdfBench {
  rows: PdfRow[];
  /** The generated release, kept for the benchmarks that follow. */
  pdf: string;
  pages: number;
}

/** With `keepCaseAt`, the last casemark run's case stays there (the UI benchmark opens it). */
export async function benchPdfImport(tools: Tools, dir: string, messages: number, runs: number, keepCaseAt?: string): Promise<PdfBench> {
  const { bytes, truth } = await generateRelease(messages);
  const pdf = join(dir, `release-${messages}.pdf`);
  writeFileSync(pdf, bytes);
  const pages = truth.stamps.length;
  const casemark: (Measurement & { messages: number })[] = [];
  const reference: Measurement[] = [];
  for (let i = 0; i < runs; i++) {
    casemark.push(await casemarkImport(dir, pdf, i === runs - 1 ? keepCaseAt : undefined));
    if (tools.pdftotext.present) reference.push(pdftotext(tools, pdf));
  }
  const row = (tool: string, list: Measurement[]): PdfRow => {
    const seconds = median(list.map((m) => m.seconds));
    const peak = Math.max(...list.map((m) => m.peakRssMb));
    return { tool, pages, seconds, pagesPerSecond: pages / seconds, peakRssMb: Number.isFinite(peak) ? peak : null };
  };
  const rows: PdfRow[] = [{ ...row("casemark import (text PDF → case, segmented)", casemark), messages: casemark[0]!.messages }];
  rows.push(reference.length ? row("pdftotext (text only)", reference) : { tool: "pdftotext: not installed (apt-get install poppler-utils)", pages, seconds: NaN, pagesPerSecond: NaN, peakRssMb: null });
  return { rows, pdf, pages };
}
