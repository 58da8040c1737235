// Memos: the case's rich-text documents (a Lexical editor state each), listed most recently changed
// first, created, saved as typed, renamed, duplicated, deleted and put back whole for undo. Every
// change is audited; a memo's text goes to the audit log only as its length and SHA-256.
import { createHash } from "node:crypto";
import type { Memo, MemoSummary } from "../../shared/model";
import { EMPTY_MEMO, isMemoState, memoQuotes } from "../../shared/memo-state";
import { appendAudit } from "./audit";
import { sql, type Case } from "./case-file";
import { CaseError } from "./case-error";
import { nowIso } from "./write";

/** A memo as stored: what deleting it returns, so undo can put it back exactly. */
export interface MemoRow {
  id: number;
  title: string;
  content: string;
  quotes: number;
  author: string;
  created_at: string;
  updated_at: string;
}

const MAX_TITLE = 500;

const summary = (r: MemoRow): MemoSummary => ({ id: r.id, title: r.title, createdAt: r.created_at, updatedAt: r.updated_at, quotes: r.quotes });

function checkedTitle(title: string): string {
  const t = title.trim();
  if (!t) throw new CaseError("invalid", "A memo needs a title.");
  if (t.length > MAX_TITLE) throw new CaseError("invalid", `A memo's title is at most ${MAX_TITLE} characters.`);
  return t;
}

function checkedContent(content: string): string {
  if (!isMemoState(content)) throw new CaseError("invalid", "The memo's text is not an editor state Casemark can keep.");
  return content;
}

/** What the audit log keeps of a memo's text: enough to tell versions apart, none of the words. */
const fingerprint = (content: string) => ({ chars: content.length, sha256: createHash("sha256").update(content).digest("hex") });

export function memoRow(c: Case, id: number): MemoRow {
  const row = sql(c, "SELECT * FROM memos WHERE id = ?").get(id) as MemoRow | undefined;
  if (!row) throw new CaseError("not-found", `There is no memo ${id} in this case.`);
  return row;
}

/**
 * When a memo changes: now, or a millisecond after the latest change if that is not earlier (two
 * changes in one millisecond), so "most recently changed first" is always the order they were made.
 */
function changeTime(c: Case): string {
  const now = nowIso();
  const latest = (sql(c, "SELECT max(updated_at) AS at FROM memos").get() as { at: string | null }).at;
  return latest === null || now > latest ? now : new Date(Date.parse(latest) + 1).toISOString();
}

export function listMemos(c: Case): MemoSummary[] {
  return (sql(c, "SELECT id, title, '' AS content, quotes, author, created_at, updated_at FROM memos ORDER BY updated_at DESC, id DESC").all() as MemoRow[]).map(summary);
}

export function getMemo(c: Case, id: number): Memo {
  const row = memoRow(c, id);
  return { ...summary(row), content: row.content };
}

/** A new memo, empty or with the given text. Call inside a write. */
export function createMemo(c: Case, m: { title: string; content?: string }): Memo {
  const title = checkedTitle(m.title);
  const content = checkedContent(m.content ?? EMPTY_MEMO);
  const now = changeTime(c);
  const quotes = memoQuotes(content).length;
  const id = Number(
    sql(c, "INSERT INTO memos (title, content, quotes, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)").run(title, content, quotes, c.actor, now, now).lastInsertRowid,
  );
  appendAudit(c, { action: "memo.create", entity: "memo", entityId: id, detail: { title, quotes, ...fingerprint(content) } });
  return getMemo(c, id);
}

/** Saves a memo's text. Call inside a write. */
export function saveMemo(c: Case, id: number, content: string): MemoSummary {
  memoRow(c, id);
  checkedContent(content);
  const quotes = memoQuotes(content).length;
  sql(c, "UPDATE memos SET content = ?, quotes = ?, updated_at = ? WHERE id = ?").run(content, quotes, changeTime(c), id);
  appendAudit(c, { action: "memo.save", entity: "memo", entityId: id, detail: { quotes, ...fingerprint(content) } });
  return summary(memoRow(c, id));
}

/** Renames a memo. Call inside a write. */
export function renameMemo(c: Case, id: number, title: string): MemoSummary {
  const before = memoRow(c, id);
  const t = checkedTitle(title);
  sql(c, "UPDATE memos SET title = ?, updated_at = ? WHERE id = ?").run(t, changeTime(c), id);
  appendAudit(c, { action: "memo.rename", entity: "memo", entityId: id, detail: { from: before.title, to: t } });
  return summary(memoRow(c, id));
}

/** "<title> (copy)", or "(copy 2)", "(copy 3)" … when that title is taken; never longer than a title may be. */
function copyTitle(c: Case, title: string): string {
  const taken = new Set((sql(c, "SELECT title FROM memos").all() as { title: string }[]).map((r) => r.title));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? " (copy)" : ` (copy ${n})`;
    const candidate = `${[...title].slice(0, MAX_TITLE - suffix.length).join("").trimEnd()}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A copy of a memo under "<title> (copy)". Call inside a write. */
export function duplicateMemo(c: Case, id: number): Memo {
  const original = memoRow(c, id);
  const copy = createMemo(c, { title: copyTitle(c, original.title), content: original.content });
  appendAudit(c, { action: "memo.duplicate", entity: "memo", entityId: copy.id, detail: { from: id } });
  return copy;
}

/** Deletes a memo; returns it as it was, for restoreMemo. Call inside a write. */
export function deleteMemo(c: Case, id: number): MemoRow {
  const row = memoRow(c, id);
  sql(c, "DELETE FROM memos WHERE id = ?").run(id);
  appendAudit(c, { action: "memo.delete", entity: "memo", entityId: id, detail: { title: row.title, quotes: row.quotes, ...fingerprint(row.content) } });
  return row;
}

/** Puts a deleted memo back as it was: same id, title, text, author and dates. Call inside a write. */
export function restoreMemo(c: Case, row: MemoRow): MemoSummary {
  if (sql(c, "SELECT 1 FROM memos WHERE id = ?").get(row.id)) throw new CaseError("invalid", `A memo ${row.id} already exists.`);
  checkedContent(row.content);
  sql(c, "INSERT INTO memos (id, title, content, quotes, author, created_at, updated_at) VALUES (@id, @title, @content, @quotes, @author, @created_at, @updated_at)").run(row);
  appendAudit(c, { action: "memo.restore", entity: "memo", entityId: row.id, detail: { title: row.title, quotes: row.quotes, ...fingerprint(row.content) } });
  return summary(memoRow(c, row.id));
}

/** Problems with the stored memos (for verify): text that is not an editor state, quote counts that disagree. */
export function memoProblems(c: Case): string[] {
  const problems: string[] = [];
  for (const row of c.db.prepare("SELECT id, title, content, quotes FROM memos ORDER BY id").iterate() as Iterable<MemoRow>) {
    if (!isMemoState(row.content)) problems.push(`memo ${row.id} (${row.title}): its text is not a memo editor state`);
    else if (memoQuotes(row.content).length !== row.quotes) problems.push(`memo ${row.id} (${row.title}): it holds ${memoQuotes(row.content).length} quotes, ${row.quotes} recorded`);
  }
  return problems;
}
