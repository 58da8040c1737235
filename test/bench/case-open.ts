// Benchmark: opening the large annotated case to "library + sidebar ready", as the window does it — open
// the case file, then the service calls the window makes first (use-case-data.ts, Library, useHighlights,
// the page reader), each through the dispatcher and structured-cloned as IPC copies it. Median of runs,
// with each call's median as the profile of where the time goes.
import type { MethodName } from "../../shared/ipc";
import { dispatch } from "../../main/ipc/dispatch";
import { createCaseService, type Service } from "../../main/ipc/service";
import { caseMeta, closeCase, openCase } from "../../main/store/case-file";
import { median } from "./measure";

export interface OpenResult {
  runs: number;
  /** Median milliseconds from opening the file to the last answer the library and sidebar wait for. */
  medianMs: number;
  allMs: number[];
  /** Each step's median milliseconds, in the order the window makes them. */
  steps: { step: string; medianMs: number; rows: number | null }[];
}

type Call = { step: string; name: MethodName; arg: object };

/** The window's first calls on a case opened on a PDF document (the release, with every highlight). */
function windowCalls(documentId: number): Call[] {
  return [
    // use-case-data.ts: the library's lists, then every highlight (counts, tag filter) and the tags.
    { step: "listDocuments", name: "listDocuments", arg: {} },
    { step: "listMessages", name: "listMessages", arg: {} },
    { step: "listAnnotations (whole case)", name: "listAnnotations", arg: {} },
    { step: "listTags", name: "listTags", arg: {} },
    // Library: review progress, read when it mounts and again once the items have come.
    { step: "reviewProgress (×2)", name: "reviewProgress", arg: {} },
    { step: "reviewProgress (×2)", name: "reviewProgress", arg: {} },
    // useHighlights: the open document's highlights, which the sidebar lists.
    { step: "listAnnotations (open document)", name: "listAnnotations", arg: { documentId } },
    // The page reader: pages, text, and the first chunk of character boxes.
    { step: "listPages", name: "listPages", arg: { documentId } },
    { step: "documentText", name: "documentText", arg: { documentId } },
    { step: "pageLayouts (first 8 pages)", name: "pageLayouts", arg: { documentId, from: 0, to: 8 } },
  ];
}

function rowsOf(value: unknown): number | null {
  return Array.isArray(value) ? value.length : null;
}

async function openOnce(path: string, documentId: number): Promise<{ total: number; steps: Map<string, { ms: number; rows: number | null }> }> {
  const steps = new Map<string, { ms: number; rows: number | null }>();
  const started = performance.now();
  let at = started;
  const lap = (step: string, rows: number | null) => {
    const now = performance.now();
    // A step made twice (as the window makes it) counts both.
    steps.set(step, { ms: (steps.get(step)?.ms ?? 0) + now - at, rows });
    at = now;
  };
  const c = openCase(path);
  try {
    const service = createCaseService(c) as Service;
    structuredClone({ path: c.path, ...caseMeta(c) });
    lap("openCase + caseInfo", null);
    for (const call of windowCalls(documentId)) {
      const result = await dispatch(service, call.name, call.arg);
      if (!result.ok) throw new Error(`${call.step}: ${result.error.message}`);
      lap(call.step, rowsOf(structuredClone(result.value)));
    }
    return { total: performance.now() - started, steps };
  } finally {
    closeCase(c);
  }
}

export async function benchCaseOpen(path: string, documentId: number, runs: number): Promise<OpenResult> {
  const all: Awaited<ReturnType<typeof openOnce>>[] = [];
  for (let i = 0; i < runs; i++) all.push(await openOnce(path, documentId));
  const names = [...all[0]!.steps.keys()];
  return {
    runs,
    medianMs: median(all.map((r) => r.total)),
    allMs: all.map((r) => r.total),
    steps: names.map((step) => ({ step, medianMs: median(all.map((r) => r.steps.get(step)!.ms)), rows: all[0]!.steps.get(step)!.rows })),
  };
}
