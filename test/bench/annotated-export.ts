// Benchmark: the annotated export of a text release (1,000 pages with 1,000 highlights in the full run)
// through exportFormat, as the CLI and the export dialog run it — the released bytes plus a /Highlight
// per highlight as an incremental update. qpdf --check reads the result once, so the figure is of a valid file.
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportFormat } from "../../main/export/run-export";
import { importPaths } from "../../main/import/import-files";
import { closeCase, createCase } from "../../main/store/case-file";
import { addPageHighlights } from "./highlights";
import { measure, median, warmHost } from "./measure";
import { textRelease } from "./release-pages";
import type { Tools } from "./tools";

export interface ExportResult {
  pages: number;
  highlights: number;
  runs: number;
  seconds: number;
  peakRssMb: number;
  bytes: number;
  /** "ok", qpdf's complaint, or that qpdf is not installed. */
  qpdf: string;
}

function qpdfCheck(tools: Tools, pdf: string): string {
  if (!tools.qpdf.present) return "not checked: qpdf not installed";
  const run = spawnSync("qpdf", ["--check", pdf], { encoding: "utf8", maxBuffer: 1 << 28 });
  // 0: fine; 3: warnings only (the file is still read). Anything else is a broken file.
  if (run.status === 0) return "ok";
  const said = `${run.stdout}${run.stderr}`.trim().split("\n").slice(-3).join(" / ");
  return run.status === 3 ? `ok with warnings: ${said}` : `FAILED: ${said}`;
}

export async function benchExport(tools: Tools, dir: string, pages: number, highlights: number, runs: number): Promise<ExportResult> {
  const pdf = join(dir, `export-release-${pages}.pdf`);
  writeFileSync(pdf, await textRelease(pages));
  const path = join(dir, `export-${pages}.casemark`);
  const c = createCase(path);
  const host = await warmHost();
  try {
    const [result] = await importPaths(c, [pdf], { host });
    if (result?.status !== "imported") throw new Error(`bench export setup failed: ${JSON.stringify(result)}`);
    const documentId = result.documentId!;
    const made = addPageHighlights(c, documentId, highlights);
    if (made !== highlights) throw new Error(`only ${made} of ${highlights} highlights could be placed`);
    const times: number[] = [];
    let peak = 0;
    let out = "";
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      out = join(dir, `annotated-${pages}-${i}.pdf`);
      const m = await measure(async () => {
        const done = await exportFormat(c, host, "pdf", out, { documentId });
        if (done.counts.highlights !== highlights) throw new Error(`the export wrote ${done.counts.highlights} of ${highlights} highlights`);
        bytes = done.files[0]!.bytes;
      });
      times.push(m.seconds);
      peak = Math.max(peak, m.peakRssMb);
    }
    return { pages, highlights, runs, seconds: median(times), peakRssMb: peak, bytes, qpdf: qpdfCheck(tools, out) };
  } finally {
    await host.close();
    closeCase(c);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  }
}
