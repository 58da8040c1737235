// Benchmark: how long a new highlight takes to persist on the large annotated case, as the window makes
// it — createAnnotation through the dispatcher (one transaction with its audit row) — and how long the
// window's reload after it takes (the document's highlights, every highlight, the tags). Half the
// highlights go on the release that already holds the case's highlights, half on emails; p50/p99 of
// each. The new highlights are deleted again afterwards, untimed, so the case stays as it was built.
import { dispatch } from "../../main/ipc/dispatch";
import { createCaseService, type Service } from "../../main/ipc/service";
import { deleteAnnotation } from "../../main/store/annotations";
import { closeCase, openCase } from "../../main/store/case-file";
import { write } from "../../main/store/write";
import type { AnnotationView } from "../../shared/model";
import type { MethodName } from "../../shared/ipc";
import { BENCH_TAGS, wordRange } from "./highlights";
import { percentile } from "./measure";

export interface PersistRow {
  where: string;
  highlights: number;
  /** createAnnotation until its transaction committed and the answer was copied. */
  persistP50Ms: number;
  persistP99Ms: number;
  /** createAnnotation plus the window's reload of highlights and tags after it. */
  withReloadP50Ms: number;
  withReloadP99Ms: number;
}

interface Target {
  documentId: number;
  start: number;
  end: number;
}

function row(where: string, persist: number[], withReload: number[]): PersistRow {
  const p = [...persist].sort((a, b) => a - b);
  const r = [...withReload].sort((a, b) => a - b);
  return { where, highlights: p.length, persistP50Ms: percentile(p, 50), persistP99Ms: percentile(p, 99), withReloadP50Ms: percentile(r, 50), withReloadP99Ms: percentile(r, 99) };
}

export async function benchPersist(path: string, releaseId: number, count: number): Promise<PersistRow[]> {
  const c = openCase(path);
  const created: string[] = [];
  try {
    const service = createCaseService(c) as Service;
    const call = async <T>(name: MethodName, arg: object): Promise<T> => {
      const result = await dispatch(service, name, arg);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return structuredClone(result.value) as T;
    };
    // Targets, chosen before timing: pages of the release in turn, and emails spread over the case.
    const release = await call<{ text: string }>("documentText", { documentId: releaseId });
    const pages = (await call<{ start: number; end: number }[]>("listPages", { documentId: releaseId })).filter((p) => p.end - p.start > 40);
    const emails = c.db.prepare("SELECT d.id FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE d.kind = 'email' AND length(t.text) > 80 ORDER BY d.id").all() as { id: number }[];
    const half = Math.floor(count / 2);
    const onRelease: Target[] = [];
    for (let i = 0; onRelease.length < half && i < half * 2; i++) {
      const page = pages[(i * 7) % pages.length]!;
      const range = wordRange(release.text, page.start, page.end, page.start + Math.floor((page.end - page.start) * 0.83), 30 + (i % 40));
      if (range) onRelease.push({ documentId: releaseId, ...range });
    }
    const step = Math.max(1, Math.floor(emails.length / half));
    const onEmails: Target[] = [];
    for (let i = 0; onEmails.length < half && i * step < emails.length; i++) {
      const { id } = emails[i * step]!;
      const { text } = await call<{ text: string }>("documentText", { documentId: id });
      const range = wordRange(text, 0, text.length, Math.floor(text.length / 2), 25 + (i % 50));
      if (range) onEmails.push({ documentId: id, ...range });
    }

    const time = async (where: string, targets: Target[]): Promise<PersistRow> => {
      const persist: number[] = [];
      const withReload: number[] = [];
      for (const [i, t] of targets.entries()) {
        const started = performance.now();
        const made = await call<AnnotationView>("createAnnotation", { ...t, tags: [BENCH_TAGS[i % BENCH_TAGS.length]!] });
        const persisted = performance.now();
        // useHighlights' afterChange: the open document's highlights, then use-case-data's refreshCounts.
        await call("listAnnotations", { documentId: t.documentId });
        await Promise.all([call("listAnnotations", {}), call("listTags", {})]);
        persist.push(persisted - started);
        withReload.push(performance.now() - started);
        created.push(made.id);
      }
      return row(where, persist, withReload);
    };
    return [await time("in an email", onEmails), await time("in the release holding the case's highlights", onRelease)];
  } finally {
    if (c.db.open) write(c, () => created.forEach((id) => deleteAnnotation(c, id)));
    closeCase(c);
  }
}
