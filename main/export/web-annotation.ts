// W3C Web Annotation JSON-LD: every annotation of a case out, and back in, re-anchored by its selectors.
import { z } from "zod";
import { anchor } from "../../shared/anchoring/anchor";
import type { AnnotationView } from "../../shared/model";
import { createAnnotation, listAnnotations } from "../store/annotations";
import type { Case } from "../store/case-file";
import { caseMeta } from "../store/case-file";
import { documentText } from "../store/documents";
import { write } from "../store/write";

const CONTEXT = "http://www.w3.org/ns/anno.jsonld";

function sourceOf(c: Case): (documentId: number) => string {
  const shas = new Map((c.db.prepare("SELECT id, sha256 FROM documents").all() as { id: number; sha256: string }[]).map((d) => [d.id, d.sha256]));
  return (id) => `urn:sha256:${shas.get(id)}`;
}

function toJsonLd(a: AnnotationView, source: string) {
  return {
    id: `urn:uuid:${a.id}`,
    type: "Annotation",
    motivation: a.note ? "commenting" : "highlighting",
    creator: { type: "Person", name: a.author },
    created: a.createdAt,
    modified: a.modifiedAt,
    body: [
      ...a.tags.map((tag) => ({ type: "TextualBody", purpose: "tagging", value: tag })),
      ...(a.note ? [{ type: "TextualBody", purpose: "commenting", value: a.note, format: "text/plain" }] : []),
    ],
    target: {
      source,
      selector: [
        { type: "TextQuoteSelector", exact: a.quote, prefix: a.prefix, suffix: a.suffix },
        { type: "TextPositionSelector", start: a.start, end: a.end },
      ],
    },
  };
}

/** An AnnotationCollection holding every annotation, targets named by their document's SHA-256. */
export function exportWebAnnotations(c: Case, filter: { documentId?: number; tag?: string } = {}) {
  const meta = caseMeta(c);
  const source = sourceOf(c);
  const items = listAnnotations(c, filter).map((a) => toJsonLd(a, source(a.documentId)));
  return {
    "@context": CONTEXT,
    id: `urn:uuid:${meta.id}`,
    type: "AnnotationCollection",
    label: meta.title,
    total: items.length,
    first: { type: "AnnotationPage", startIndex: 0, items },
  };
}

const Selector = z.union([
  z.object({ type: z.literal("TextQuoteSelector"), exact: z.string().min(1), prefix: z.string().default(""), suffix: z.string().default("") }),
  z.object({ type: z.literal("TextPositionSelector"), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  z.object({ type: z.string() }).passthrough(),
]);
const Body = z.object({ type: z.string().optional(), purpose: z.string().optional(), value: z.string().optional() }).passthrough();
const Annotation = z.object({
  id: z.string().optional(),
  type: z.union([z.literal("Annotation"), z.array(z.string())]).optional(),
  creator: z.union([z.string(), z.object({ name: z.string().optional() }).passthrough()]).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: z.union([Body, z.array(Body)]).optional(),
  target: z.object({ source: z.string(), selector: z.union([Selector, z.array(Selector)]) }).passthrough(),
});
const Collection = z.union([
  z.object({ first: z.object({ items: z.array(z.unknown()) }).passthrough() }).passthrough(),
  z.object({ items: z.array(z.unknown()) }).passthrough(),
  z.array(z.unknown()),
]);

export interface AnnotationImportReport {
  imported: string[];
  drifted: string[];
  duplicate: string[];
  notPlaced: { id: string; reason: string }[];
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Reads annotations from JSON-LD; each is placed by its selectors or reported, never guessed. */
export function importWebAnnotations(c: Case, data: unknown): AnnotationImportReport {
  const collection = Collection.parse(data);
  const items: unknown[] = Array.isArray(collection)
    ? collection
    : "first" in collection
      ? (collection.first as { items: unknown[] }).items
      : (collection as { items: unknown[] }).items;
  const report: AnnotationImportReport = { imported: [], drifted: [], duplicate: [], notPlaced: [] };
  const docs = new Map((c.db.prepare("SELECT id, sha256 FROM documents").all() as { id: number; sha256: string }[]).map((d) => [`urn:sha256:${d.sha256}`, d.id]));
  write(c, () => {
    items.forEach((item: unknown, index: number) => {
      const parsed = Annotation.safeParse(item);
      const rawId = parsed.success ? parsed.data.id : undefined;
      const id = rawId?.replace(/^urn:uuid:/, "") ?? `item ${index + 1}`;
      if (!parsed.success) return report.notPlaced.push({ id, reason: `not a Web Annotation: ${parsed.error.issues[0]?.message ?? "invalid"}` });
      const a = parsed.data;
      const documentId = docs.get(a.target.source);
      if (documentId === undefined) return report.notPlaced.push({ id, reason: `its document ${a.target.source} is not in this case` });
      if (rawId && c.db.prepare("SELECT 1 FROM annotations WHERE id = ?").get(id)) return report.duplicate.push(id);
      const selectors = asArray(a.target.selector);
      const quote = selectors.find((s) => s.type === "TextQuoteSelector") as { exact: string; prefix: string; suffix: string } | undefined;
      const position = selectors.find((s) => s.type === "TextPositionSelector") as { start: number; end: number } | undefined;
      if (!quote) return report.notPlaced.push({ id, reason: "it has no TextQuoteSelector" });
      const placed = anchor(documentText(c, documentId), quote, position);
      if (placed.status === "orphaned") return report.notPlaced.push({ id, reason: "its quote is not in the document (orphaned)" });
      const bodies = asArray(a.body);
      const author = typeof a.creator === "string" ? a.creator : a.creator?.name;
      createAnnotation(c, {
        documentId,
        start: placed.start,
        end: placed.end,
        status: placed.status,
        tags: bodies.filter((b) => b.purpose === "tagging" && b.value).map((b) => b.value!),
        note: bodies.filter((b) => b.purpose === "commenting" && b.value).map((b) => b.value!).join("\n\n"),
        createMissingTags: true,
        ...(rawId && /^[0-9a-f-]{36}$/i.test(id) ? { id } : {}),
        ...(author ? { author } : {}),
        ...(a.created ? { createdAt: a.created } : {}),
        ...(a.modified ? { modifiedAt: a.modified } : {}),
      });
      report.imported.push(id);
      if (placed.status === "drifted") report.drifted.push(id);
      return undefined;
    });
  });
  return report;
}
