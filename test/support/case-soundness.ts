// What a sound case looks like after a crash, beyond `casemark verify`: every document whole, every
// highlight row complete (selectors, sort key, note and its search index, tags as its audit rows say).
import { quoteSelector } from "../../shared/anchoring/quote";
import { noteText } from "../../shared/notes";
import type { Case } from "../../main/store/case-file";
import { documentText } from "../../main/store/documents";

/** Problems with documents: each has its original and its text, each email its message, each message indexed once. */
export function documentProblems(c: Case): string[] {
  const q = (sql: string) => (c.db.prepare(sql).all() as { id: number }[]).map((r) => r.id);
  return [
    ...q("SELECT id FROM documents WHERE id NOT IN (SELECT document_id FROM document_texts)").map((id) => `document ${id} has no text`),
    ...q("SELECT d.id FROM documents d WHERE d.kind = 'email' AND json_extract(d.info, '$.error') IS NULL AND (SELECT count(*) FROM messages m WHERE m.document_id = d.id) <> 1").map((id) => `email ${id} has no message`),
    ...q("SELECT m.id FROM messages m WHERE (SELECT count(*) FROM text_index i WHERE i.message_id = m.id) <> 1").map((id) => `message ${id} is not indexed once`),
    ...q("SELECT id FROM documents WHERE blob_sha256 NOT IN (SELECT sha256 FROM blobs)").map((id) => `document ${id} has no original`),
  ];
}

interface Row {
  id: string;
  rowid: number;
  document_id: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  sort_key: string;
  note_json: string | null;
  note_text: string;
}

const sortKey = (start: number, end: number) => `${String(start).padStart(12, "0")}:${String(end).padStart(12, "0")}`;
const sorted = (tags: readonly string[]) => [...tags].map((t) => t.toLowerCase()).sort();

/** Problems with highlights: anything a half-done write could leave, each in words. */
export function annotationProblems(c: Case): string[] {
  const problems: string[] = [];
  const texts = new Map<number, string>();
  const text = (id: number) => texts.get(id) ?? texts.set(id, documentText(c, id)).get(id)!;
  const rows = c.db.prepare("SELECT rowid, * FROM annotations").all() as Row[];
  for (const a of rows) {
    const expected = quoteSelector(text(a.document_id), a.start, a.end);
    if (a.exact !== expected.exact || a.prefix !== expected.prefix || a.suffix !== expected.suffix) problems.push(`highlight ${a.id}: its quote selector does not match its range`);
    if (a.sort_key !== sortKey(a.start, a.end)) problems.push(`highlight ${a.id}: its sort key is not its range`);
    if (a.note_json === null ? a.note_text !== "" : noteText(a.note_json) !== a.note_text) problems.push(`highlight ${a.id}: its note text is not its note`);
  }

  // The note index holds exactly the notes there are, under their rows, and FTS5 finds itself whole.
  const notes = (sql: string) => (c.db.prepare(sql).all() as { rowid: number; note: string }[]).map((r) => `${r.rowid}:${r.note}`).join("\n");
  if (notes("SELECT rowid, note FROM note_index ORDER BY rowid") !== notes("SELECT rowid, note_text AS note FROM annotations WHERE note_text <> '' ORDER BY rowid")) {
    problems.push("the note index does not hold exactly the notes");
  }
  // FTS5's own check is a command written as an INSERT (it changes nothing): not on a read-only case.
  if (!c.readonly) {
    try {
      c.db.prepare("INSERT INTO note_index (note_index) VALUES ('integrity-check')").run();
    } catch (error) {
      problems.push(`the note index fails FTS5's integrity check: ${(error as Error).message}`);
    }
  }

  // The audit log tells each highlight's story: the last row about it is not a deletion exactly
  // when it exists, and the last tags it recorded are the tags it has.
  const current = new Map(
    (c.db.prepare("SELECT a.id, (SELECT json_group_array(t.path) FROM annotation_tags x JOIN tags t ON t.id = x.tag_id WHERE x.annotation_id = a.id) AS tags FROM annotations a").all() as { id: string; tags: string }[]).map(
      (r) => [r.id, JSON.parse(r.tags) as string[]],
    ),
  );
  const told = new Map<string, { deleted: boolean; tags?: string[] }>();
  for (const r of c.db.prepare("SELECT action, entity_id, detail FROM audit_log WHERE entity = 'annotation' ORDER BY seq").all() as { action: string; entity_id: string; detail: string }[]) {
    const detail = JSON.parse(r.detail) as { tags?: string[] | { to: string[] } };
    const tags = Array.isArray(detail.tags) ? detail.tags : detail.tags?.to;
    const before = told.get(r.entity_id);
    told.set(r.entity_id, { deleted: r.action === "annotation.delete", tags: r.action === "annotation.delete" ? undefined : (tags ?? before?.tags) });
  }
  for (const [id, tags] of current) {
    const story = told.get(id);
    if (!story || story.deleted) problems.push(`highlight ${id}: exists, but the audit log ${story ? "says it was deleted" : "never recorded it"}`);
    else if (JSON.stringify(sorted(story.tags ?? [])) !== JSON.stringify(sorted(tags))) {
      problems.push(`highlight ${id}: has tags ${JSON.stringify(tags)}, the audit log last recorded ${JSON.stringify(story.tags)}`);
    }
  }
  for (const [id, story] of told) if (!story.deleted && !current.has(id)) problems.push(`highlight ${id}: the audit log says it exists, but it does not`);

  const selfLinks = c.db.prepare("SELECT id FROM annotation_links WHERE from_id = to_id").all() as { id: number }[];
  for (const l of selfLinks) problems.push(`link ${l.id} joins a highlight to itself`);
  return problems;
}
