// `npm run bench [-- --quick] [-- --output DIR]`: release-scale measurements against the reference tools and
// the budgets of ../shared/DESIGN.md, printed as tables and written to .bench/results.json. Generated inputs
// and cases live in a temporary folder for the run. --output is where Playwright keeps its artefacts.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { buildAnnotatedCase } from "./annotated-case";
import { benchExport } from "./annotated-export";
import { budgets, type BenchResults } from "./budgets";
import { benchCaseOpen } from "./case-open";
import { benchPersist } from "./highlight-persist";
import { benchMboxImport, mboxPath } from "./mbox-import";
import { benchMboxMemory } from "./mbox-memory";
import { benchOcr } from "./ocr-import";
import { benchPdfImport } from "./pdf-import";
import { benchSearch } from "./search";
import { fmt, printTable } from "./table";
import { checkTools, printTools } from "./tools";
import { benchUi } from "./ui-bench";

const quick = process.argv.includes("--quick");
const outputAt = process.argv.indexOf("--output");
const playwrightOutput = outputAt > 0 ? process.argv[outputAt + 1] : undefined;
const size = {
  messages: quick ? 5_000 : 50_000,
  /** Printed emails in the generated release: about 1.6 pages each, so 3,100 make some 5,000 pages. */
  prints: quick ? 200 : 3_100,
  runs: quick ? 1 : 3,
  /** Search queries timed on the imported mail case (DESIGN.md: p50 and p99 on the 50,000-message case). */
  searchQueries: 200,
  highlights: quick ? 1_000 : 10_000,
  openRuns: quick ? 3 : 7,
  persist: quick ? 100 : 500,
  exportPages: quick ? 100 : 1_000,
  exportHighlights: quick ? 100 : 1_000,
};
const dir = mkdtempSync(join(tmpdir(), "casemark-bench-"));
const n = (v: number) => v.toLocaleString("en-US");
const began = performance.now();
const section = (title: string) => console.log(`\n## ${title}  (${fmt((performance.now() - began) / 1000, 0)} s into the run)`);

try {
  console.log(`Casemark benchmark${quick ? " (quick: small sizes, one run each)" : ""} on ${cpus()[0]?.model ?? "?"}, ${availableParallelism()} cores, Node ${process.version}; inputs in ${dir}`);
  section("Reference tools");
  const tools = checkTools();
  printTools(tools);

  section(`mbox import: ${n(size.messages)} generated messages, median of ${size.runs} run(s)`);
  const mailCase = join(dir, "mail.casemark");
  const mbox = await benchMboxImport(tools, dir, size.messages, size.runs, mailCase);
  // The annotated case starts from the imported mail, before the search benchmark adds its highlights.
  const annotatedPath = join(dir, "annotated.casemark");
  copyFileSync(mailCase, annotatedPath);
  printTable(["tool", ">messages", ">seconds", ">messages/s", ">peak RSS (MiB)"], mbox.map((r) => [r.tool, r.messages, fmt(r.seconds, 2), fmt(r.messagesPerSecond, 0), fmt(r.peakRssMb, 0)]));
  const memory = await benchMboxMemory(dir, mboxPath(dir, size.messages), size.messages);
  console.log(`\nmemory: peak RSS of a fresh process importing ${n(memory.smallMessages)} messages ${fmt(memory.smallPeakRssMb, 0)} MiB, ${n(memory.messages)} messages ${fmt(memory.peakRssMb, 0)} MiB (${fmt(memory.ratio, 2)}×)`);

  section(`search: ${size.searchQueries} varied queries on the ${n(size.messages)}-message case, each timed once after a warm-up`);
  const search = benchSearch(mailCase, size.searchQueries);
  printTable(["search", ">queries", ">p50 (ms)", ">p90 (ms)", ">p99 (ms)", ">max (ms)", ">mean hits"], search.map((r) => [r.tool, r.queries, fmt(r.p50Ms, 2), fmt(r.p90Ms, 2), fmt(r.p99Ms, 2), fmt(r.maxMs, 2), fmt(r.meanHits, 1)]));

  section(`PDF import: a generated release of ${n(size.prints)} printed emails, median of ${size.runs} run(s)`);
  const releaseCase = join(dir, "release.casemark");
  const pdf = await benchPdfImport(tools, dir, size.prints, size.runs, releaseCase);
  printTable(["tool", ">pages", ">seconds", ">pages/s", ">peak RSS (MiB)", ">messages found"], pdf.rows.map((r) => [r.tool, r.pages, fmt(r.seconds, 2), fmt(r.pagesPerSecond, 0), fmt(r.peakRssMb, 0), r.messages ?? "–"]));

  section("Scanned PDF: import with OCR");
  const ocr = await benchOcr(dir, quick);
  printTable(
    ["tool", ">pages", ">seconds", ">pages/s", ">workers", ">pages/s per core", ">pages OCR'd", ">mean confidence", ">peak RSS (MiB)", "pages timed"],
    [[ocr.tool, ocr.pages, fmt(ocr.seconds, 1), fmt(ocr.pagesPerSecond, 3), ocr.workers, fmt(ocr.pagesPerSecondPerCore, 3), ocr.ocrPages, fmt(ocr.meanConfidence, 0), fmt(ocr.peakRssMb, 0), ocr.note]],
  );
  if (ocr.warnings.length) console.log(`\n${ocr.warnings.length} page(s) not OCR'd; the import said: ${ocr.warnings.slice(0, 3).join("; ")}${ocr.warnings.length > 3 ? "; …" : ""}`);

  section(`The annotated case: the ${n(size.messages)}-message case, the ${n(pdf.pages)}-page release imported into it, ${n(size.highlights)} highlights on the release`);
  const built = await buildAnnotatedCase(annotatedPath, pdf.pdf, size.highlights);
  console.log(`built in ${fmt(built.setupSeconds, 1)} s (set-up, not a figure)`);
  const annotated = { ...built, messages: size.messages + (pdf.rows[0]!.messages ?? 0), releasePages: pdf.pages };

  section(`Opening it to library + sidebar ready through the service, median of ${size.openRuns} runs`);
  const open = await benchCaseOpen(annotatedPath, built.releaseId, size.openRuns);
  printTable(["step (as the window calls them)", ">median (ms)", ">rows"], open.steps.map((s) => [s.step, fmt(s.medianMs, 1), s.rows ?? "–"]));
  console.log(`\nopen to ready: median ${fmt(open.medianMs, 0)} ms (runs: ${open.allMs.map((v) => fmt(v, 0)).join(", ")})`);

  section(`Highlight persist latency: ${n(size.persist)} highlights made as the window makes them`);
  const persist = await benchPersist(annotatedPath, built.releaseId, size.persist);
  printTable(
    ["where", ">highlights", ">persist p50 (ms)", ">persist p99 (ms)", ">with window's reload p50 (ms)", ">with reload p99 (ms)"],
    persist.map((p) => [p.where, p.highlights, fmt(p.persistP50Ms, 2), fmt(p.persistP99Ms, 2), fmt(p.withReloadP50Ms, 1), fmt(p.withReloadP99Ms, 1)]),
  );

  section(`Annotated export: a ${n(size.exportPages)}-page text release with ${n(size.exportHighlights)} highlights, median of ${size.runs} run(s)`);
  const exported = await benchExport(tools, dir, size.exportPages, size.exportHighlights, size.runs);
  printTable([">pages", ">highlights", ">seconds", ">peak RSS (MiB)", ">file (MB)", "qpdf --check"], [[exported.pages, exported.highlights, fmt(exported.seconds, 2), fmt(exported.peakRssMb, 0), fmt(exported.bytes / 1e6, 1), exported.qpdf]]);

  section("UI at scale in the e2e harness (Chromium): building the renderer, then the specs in test/bench/ui");
  const ui = benchUi(dir, { quick, release: { path: releaseCase, pages: pdf.pages }, mail: { path: mailCase, messages: size.messages }, annotated: { path: annotatedPath, releaseId: built.releaseId, highlights: built.highlights } }, playwrightOutput);
  if (ui.problem) console.log(`\nUI benchmark: ${ui.problem}`);
  const uiRows: (string | number)[][] = [];
  if (ui.release) {
    const r = ui.release;
    uiRows.push([`release, ${n(r.pages)} pages`, "first page painted", `${fmt(r.firstPaintMs, 0)} ms`, `${r.maxPageElements} pages / ${n(r.maxDomNodes)} elements (at open ${n(r.domNodesAtOpen)})`, fmt(r.longestTaskMs, 0)]);
    uiRows.push([`release, ${n(r.pages)} pages`, `${r.stops} jumps top to bottom`, `${fmt(r.medianJumpPaintMs, 0)} ms median to paint`, "(as above)", "–"]);
  }
  if (ui.library) {
    const l = ui.library;
    uiRows.push([`library, ${n(l.messages)} messages (${n(l.rowsListed)} rows)`, "list drawn", `${fmt(l.listVisibleMs, 0)} ms`, `${l.maxRows} rows / ${n(l.maxDomNodes)} elements (at open ${l.rowsAtOpen} rows)`, fmt(l.longestTaskMs, 0)]);
  }
  if (ui.sidebar) {
    const s = ui.sidebar;
    const ready = s.readyMs === null ? `not within ${n(s.waitedS)} s` : `${fmt(s.readyMs, 0)} ms`;
    uiRows.push([`sidebar, ${n(s.highlights)} highlights`, "every card listed", ready, `${n(s.cardsInDom)} cards / ${n(s.maxDomNodes)} elements`, fmt(s.longestTaskMs, 0)]);
    uiRows.push([`  same window`, "library drawn / first page painted", `${fmt(s.libraryMs, 0)} ms / ${fmt(s.firstPageMs, 0)} ms`, "", ""]);
  }
  if (uiRows.length) printTable(["case", "measure", ">time from navigation", "most in the DOM", ">longest task (ms)"], uiRows);
  if (ui.sidebar) console.log(`\nservice calls the window made before its sidebar was ready: ${ui.sidebar.calls.map((c) => `${c.name} ×${c.calls} (${fmt(c.ms, 0)} ms)`).join(", ")}`);

  const results: BenchResults = { quick, mbox, memory, search, pdf: pdf.rows, ocr, annotated, open, persist, export: exported, ui };
  const table = budgets(results);
  section(`Budgets${quick ? " (quick run: sizes below the budgets' scale, so the figures only indicate)" : ""}`);
  printTable(["budget", "scale", "measured", "met"], table.map((b) => [b.budget, b.scale, b.measured, b.met === null ? "reported" : b.met ? "yes" : "**no**"]));

  const ratios = {
    casemarkVsRaw: mbox[0]!.seconds / mbox[1]!.seconds,
    notmuchVsCasemark: Number.isFinite(mbox[2]?.seconds) ? mbox[2]!.seconds / mbox[0]!.seconds : null,
    casemarkVsPdftotext: Number.isFinite(pdf.rows[1]?.seconds) ? pdf.rows[0]!.seconds / pdf.rows[1]!.seconds : null,
    mboxMemoryGrowth: memory.ratio,
  };
  mkdirSync(".bench", { recursive: true });
  const host = { cpu: cpus()[0]?.model ?? null, cores: availableParallelism(), node: process.version };
  writeFileSync(".bench/results.json", `${JSON.stringify({ date: new Date().toISOString(), host, tools, sizes: size, ...results, ratios, budgets: table }, null, 2)}\n`);
  console.log(`\nWrote .bench/results.json (${fmt((performance.now() - began) / 1000, 0)} s in all)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
