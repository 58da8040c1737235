// Benchmark: importing a generated printed-email release PDF (text layer, stamps, exemption codes)
// against poppler's pdftotext on the same file.
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { importPaths } from "../../main/import/import-files";
import { warmHost } from "./measure";
import { closeCase, createCase } from "../../main/store/case-file";
import { listMessages } from "../../main/store/messages";
import { generateRelease } from "../support/generate-release";
import { measure, median, type Measurement } from "./measure";

export interface PdfRow {
  tool: string;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  peakRssMb: number | null;
  messages?: number;
}

async function casemarkImport(dir: string, pdf: string): Promise<Measurement & { messages: number }> {
  const path = join(dir, `bench-${Date.now()}.casemark`);
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
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  }
}

function pdftotext(pdf: string): Measurement | null {
  if (spawnSync("pdftotext", ["-v"]).status !== 0) return null;
  const started = performance.now();
  const run = spawnSync("/usr/bin/time", ["-f", "%M", "pdftotext", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return { seconds, peakRssMb: Number(run.stderr.trim().split("\n").pop()) / 1024 };
}

export async function benchPdfImport(dir: string, messages: number, runs: number): Promise<PdfRow[]> {
  const { bytes, truth } = await generateRelease(messages);
  const pdf = join(dir, `release-${messages}.pdf`);
  writeFileSync(pdf, bytes);
  const pages = truth.stamps.length;
  const casemark: (Measurement & { messages: number })[] = [];
  const reference: Measurement[] = [];
  for (let i = 0; i < runs; i++) {
    casemark.push(await casemarkImport(dir, pdf));
    const r = pdftotext(pdf);
    if (r) reference.push(r);
  }
  const row = (tool: string, list: Measurement[]): PdfRow => {
    const seconds = median(list.map((m) => m.seconds));
    return { tool, pages, seconds, pagesPerSecond: pages / seconds, peakRssMb: Math.max(...list.map((m) => m.peakRssMb)) };
  };
  const rows: PdfRow[] = [{ ...row("casemark import (text PDF → case, segmented)", casemark), messages: casemark[0]!.messages }];
  rows.push(reference.length ? row("pdftotext (text only)", reference) : { tool: "pdftotext: not installed (apt-get install poppler-utils)", pages, seconds: NaN, pagesPerSecond: NaN, peakRssMb: null });
  return rows;
}
