// The performance budgets of ../shared/DESIGN.md and issue 9, each against the figure this run measured:
// met true or false, or null where the figure is missing (a tool not installed) or the budget only asks
// for the figure to be reported.
import type { AnnotatedCase } from "./annotated-case";
import type { ExportResult } from "./annotated-export";
import type { OpenResult } from "./case-open";
import type { PersistRow } from "./highlight-persist";
import type { MboxRow } from "./mbox-import";
import type { MemoryResult } from "./mbox-memory";
import type { OcrRow } from "./ocr-import";
import type { PdfRow } from "./pdf-import";
import type { SearchRow } from "./search";
import { fmt } from "./table";
import type { UiResults } from "./ui-bench";

export interface BenchResults {
  quick: boolean;
  mbox: MboxRow[];
  memory: MemoryResult;
  search: SearchRow[];
  pdf: PdfRow[];
  ocr: OcrRow;
  annotated: AnnotatedCase & { messages: number; releasePages: number };
  open: OpenResult;
  persist: PersistRow[];
  export: ExportResult;
  ui: UiResults;
}

export interface Budget {
  budget: string;
  /** The size measured, against the size the budget names. */
  scale: string;
  measured: string;
  value: number | null;
  met: boolean | null;
}

/** DOM bounds: what "bounded" means, whatever the case's size (a viewport of 1280×800). */
export const MAX_PAGE_ELEMENTS = 12;
export const MAX_LIBRARY_ROWS = 100;
export const MAX_SIDEBAR_CARDS = 200;

const n = (v: number) => v.toLocaleString("en-US");
const finite = (v: number | null | undefined): v is number => v != null && Number.isFinite(v);
const check = (value: number | null | undefined, ok: (v: number) => boolean) => (finite(value) ? ok(value) : null);
const scale = (measured: number, unit: string, budget: number) => (measured === budget ? `${n(measured)} ${unit}` : `${n(measured)} ${unit} (budget: ${n(budget)})`);

export function budgets(r: BenchResults): Budget[] {
  const [casemark, raw, notmuch] = r.mbox;
  const [search] = r.search;
  const [pdf, pdftotext] = r.pdf;
  const messages = scale(casemark!.messages, "messages", 50_000);
  const pdfRatio = finite(pdftotext?.seconds) ? pdf!.seconds / pdftotext!.seconds : null;
  const rawRatio = casemark!.seconds / raw!.seconds;
  const notmuchRatio = finite(notmuch?.seconds) ? notmuch!.seconds / casemark!.seconds : null;
  const persistP99 = Math.max(...r.persist.map((p) => p.persistP99Ms));
  const { release, library, sidebar } = r.ui;
  const uiMissing = r.ui.problem ? "not measured (UI benchmark did not finish)" : "not measured";
  const exportValid = r.export.qpdf.startsWith("ok");
  return [
    {
      budget: "PDF import within 1.5× pdftotext",
      scale: scale(pdf!.pages, "pages", 5_000),
      measured: pdfRatio === null ? "pdftotext not installed" : `${fmt(pdfRatio, 2)}× pdftotext's time`,
      value: pdfRatio,
      met: check(pdfRatio, (v) => v <= 1.5),
    },
    {
      budget: "mbox import at least 5× faster than notmuch new",
      scale: messages,
      measured: notmuchRatio === null ? "notmuch not installed" : `notmuch takes ${fmt(notmuchRatio, 2)}× Casemark's time`,
      value: notmuchRatio,
      met: check(notmuchRatio, (v) => v >= 5),
    },
    { budget: "mbox import within 1.5× raw parse + FTS5 insert", scale: messages, measured: `${fmt(rawRatio, 2)}× the raw time`, value: rawRatio, met: rawRatio <= 1.5 },
    {
      budget: "mbox import memory flat in the file's size (peak at 5× the mail ≤ 1.25× the peak)",
      scale: `${n(r.memory.smallMessages)} → ${n(r.memory.messages)} messages`,
      measured: `${fmt(r.memory.smallPeakRssMb, 0)} → ${fmt(r.memory.peakRssMb, 0)} MiB (${fmt(r.memory.ratio, 2)}×)`,
      value: r.memory.ratio,
      met: r.memory.ratio <= 1.25,
    },
    { budget: "search p50 < 20 ms", scale: messages, measured: `${fmt(search!.p50Ms, 2)} ms`, value: search!.p50Ms, met: search!.p50Ms < 20 },
    { budget: "search p99 < 100 ms", scale: messages, measured: `${fmt(search!.p99Ms, 2)} ms`, value: search!.p99Ms, met: search!.p99Ms < 100 },
    {
      budget: "case with 10,000 highlights opens (library + sidebar ready) < 1 s — service calls",
      scale: `${scale(r.annotated.highlights, "highlights", 10_000)}, ${n(r.annotated.messages)} messages`,
      measured: `${fmt(r.open.medianMs, 0)} ms (median of ${r.open.runs})`,
      value: r.open.medianMs,
      met: r.open.medianMs < 1000,
    },
    {
      budget: "case with 10,000 highlights opens (library + sidebar ready) < 1 s — in the window",
      scale: `${scale(r.annotated.highlights, "highlights", 10_000)}, ${n(r.annotated.messages)} messages`,
      measured: sidebar ? (sidebar.readyMs === null ? `not ready within ${n(sidebar.waitedS)} s` : `${fmt(sidebar.readyMs, 0)} ms from navigation`) : uiMissing,
      value: sidebar?.readyMs ?? null,
      met: sidebar ? sidebar.readyMs !== null && sidebar.readyMs < 1000 : null,
    },
    {
      budget: "a highlight persists < 50 ms (p99)",
      scale: `${n(r.persist.reduce((s, p) => s + p.highlights, 0))} highlights on that case`,
      measured: r.persist.map((p) => `${fmt(p.persistP99Ms, 1)} ms ${p.where.replace(/ holding.*/, "")}`).join(", "),
      value: persistP99,
      met: persistP99 < 50,
    },
    {
      budget: "annotated export of 1,000 pages with 1,000 highlights < 5 s",
      scale: r.export.pages === 1_000 && r.export.highlights === 1_000 ? "1,000 pages, 1,000 highlights" : `${n(r.export.pages)} pages, ${n(r.export.highlights)} highlights (budget: 1,000 and 1,000)`,
      measured: `${fmt(r.export.seconds, 2)} s; qpdf --check: ${r.export.qpdf}`,
      value: r.export.seconds,
      met: exportValid || r.export.qpdf.startsWith("not checked") ? r.export.seconds < 5 : false,
    },
    {
      budget: "OCR throughput reported in pages/s per core",
      scale: `${n(r.ocr.pages)} scanned pages (budget: 1,000)`,
      measured: `${fmt(r.ocr.pagesPerSecondPerCore, 3)} pages/s per core (${r.ocr.workers} workers); ${r.ocr.ocrPages} of ${r.ocr.pages} pages OCR'd`,
      value: r.ocr.pagesPerSecondPerCore,
      met: null,
    },
    {
      budget: "UI: 5,000-page release, time to first page painted (reported)",
      scale: scale(r.pdf[0]!.pages, "pages", 5_000),
      measured: release ? `${fmt(release.firstPaintMs, 0)} ms from navigation` : uiMissing,
      value: release?.firstPaintMs ?? null,
      met: null,
    },
    {
      budget: `UI: scrolling the release keeps the DOM bounded (≤ ${MAX_PAGE_ELEMENTS} page elements)`,
      scale: scale(r.pdf[0]!.pages, "pages", 5_000),
      measured: release ? `at most ${release.maxPageElements} pages, ${n(release.maxDomNodes)} DOM elements over ${release.stops} jumps` : uiMissing,
      value: release?.maxPageElements ?? null,
      met: release ? release.maxPageElements <= MAX_PAGE_ELEMENTS : null,
    },
    {
      budget: `UI: library virtualised (≤ ${MAX_LIBRARY_ROWS} rows in the DOM); time to list reported`,
      scale: messages,
      measured: library ? `${library.maxRows} rows at most; list drawn ${fmt(library.listVisibleMs, 0)} ms from navigation` : uiMissing,
      value: library?.maxRows ?? null,
      met: library ? library.maxRows <= MAX_LIBRARY_ROWS : null,
    },
    {
      budget: `UI: sidebar bounded (≤ ${MAX_SIDEBAR_CARDS} cards in the DOM)`,
      scale: scale(r.annotated.highlights, "highlights", 10_000),
      measured: sidebar ? `${n(sidebar.cardsInDom)} cards, ${n(sidebar.maxDomNodes)} DOM elements` : uiMissing,
      value: sidebar?.cardsInDom ?? null,
      met: sidebar ? sidebar.cardsInDom <= MAX_SIDEBAR_CARDS : null,
    },
  ];
}
