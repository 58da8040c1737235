// `npm run bench`: release-scale measurements, printed as a table and written as JSON with ratios.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchMboxImport } from "./mbox-import";
import { benchPdfImport } from "./pdf-import";
import { benchSearch } from "./search";

const quick = process.argv.includes("--quick");
const count = quick ? 5_000 : 50_000;
/** Printed emails in the generated release: about 1.6 pages each, so 3,100 make some 5,000 pages. */
const prints = quick ? 200 : 3_100;
const runs = quick ? 1 : 3;
/** Search queries timed on the imported mail case (DESIGN.md: p50 and p99 on the 50,000-message case). */
const searchQueries = 200;
const dir = mkdtempSync(join(tmpdir(), "casemark-bench-"));

try {
  console.log(`mbox import: ${count} generated messages, median of ${runs} run(s)…`);
  const mailCase = join(dir, "mail.casemark");
  const rows = await benchMboxImport(dir, count, runs, mailCase);
  const fmt = (n: number | null, digits = 1) => (n == null || Number.isNaN(n) ? "–" : n.toFixed(digits));
  console.log("\n| tool | messages | seconds | messages/s | peak RSS (MiB) |\n|---|---:|---:|---:|---:|");
  for (const r of rows) console.log(`| ${r.tool} | ${r.messages} | ${fmt(r.seconds, 2)} | ${fmt(r.messagesPerSecond, 0)} | ${fmt(r.peakRssMb, 0)} |`);
  const [casemark, raw, notmuch] = rows;
  const ratios = {
    casemarkVsRaw: casemark!.seconds / raw!.seconds,
    notmuchVsCasemark: notmuch && Number.isFinite(notmuch.seconds) ? notmuch.seconds / casemark!.seconds : null,
  };
  console.log(`\ncasemark / raw parse+FTS5: ${fmt(ratios.casemarkVsRaw, 2)}× the time (budget: ≤ 1.5×)`);
  console.log(`notmuch new / casemark: ${ratios.notmuchVsCasemark == null ? "– (notmuch not installed)" : `${fmt(ratios.notmuchVsCasemark, 2)}× (budget: ≥ 5×)`}`);

  console.log(`\nsearch: ${searchQueries} varied queries on the ${count}-message case, each timed once after a warm-up…`);
  const searchRows = benchSearch(mailCase, searchQueries);
  console.log("\n| search | queries | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | mean hits |\n|---|---:|---:|---:|---:|---:|---:|");
  for (const r of searchRows) console.log(`| ${r.tool} | ${r.queries} | ${fmt(r.p50Ms, 2)} | ${fmt(r.p90Ms, 2)} | ${fmt(r.p99Ms, 2)} | ${fmt(r.maxMs, 2)} | ${fmt(r.meanHits, 1)} |`);
  const [casemarkSearch] = searchRows;
  console.log(`\nsearch p50 ${fmt(casemarkSearch!.p50Ms, 2)} ms (budget: < 20 ms), p99 ${fmt(casemarkSearch!.p99Ms, 2)} ms (budget: < 100 ms)`);

  console.log(`\nPDF import: a generated release of ${prints} printed emails, median of ${runs} run(s)…`);
  const pdfRows = await benchPdfImport(dir, prints, runs);
  console.log("\n| tool | pages | seconds | pages/s | peak RSS (MiB) | messages found |\n|---|---:|---:|---:|---:|---:|");
  for (const r of pdfRows) console.log(`| ${r.tool} | ${r.pages} | ${fmt(r.seconds, 2)} | ${fmt(r.pagesPerSecond, 0)} | ${fmt(r.peakRssMb, 0)} | ${r.messages ?? "–"} |`);
  const pdfRatio = pdfRows[1] && Number.isFinite(pdfRows[1].seconds) ? pdfRows[0]!.seconds / pdfRows[1].seconds : null;
  console.log(`\ncasemark / pdftotext: ${pdfRatio == null ? "– (pdftotext not installed)" : `${fmt(pdfRatio, 2)}× the time (budget: ≤ 1.5×)`}`);

  mkdirSync(".bench", { recursive: true });
  writeFileSync(".bench/results.json", `${JSON.stringify({ date: new Date().toISOString(), mbox: rows, search: searchRows, pdf: pdfRows, ratios: { ...ratios, casemarkVsPdftotext: pdfRatio } }, null, 2)}\n`);
  console.log("\nWrote .bench/results.json");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
