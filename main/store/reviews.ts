// Review progress: each message and each document can be marked reviewed and/or flagged, with when and by whom.
import type { ReviewProgress, ReviewState } from "../../shared/model";
import { sql, type Case } from "./case-file";
import { CaseError } from "./case-error";
import { appendAudit } from "./audit";
import { nowIso } from "./write";

export type ReviewTarget = { messageId: number } | { documentId: number };

interface ReviewRow {
  reviewed: number;
  flagged: number;
  reviewed_at: string | null;
  flagged_at: string | null;
  author: string;
  modified_at: string;
}

/** The table and key column of a target; both come from this list, never from input. */
function place(target: ReviewTarget): { table: "message_reviews" | "document_reviews"; column: "message_id" | "document_id"; id: number; entity: string } {
  return "messageId" in target
    ? { table: "message_reviews", column: "message_id", id: target.messageId, entity: "message" }
    : { table: "document_reviews", column: "document_id", id: target.documentId, entity: "document" };
}

function requireTarget(c: Case, target: ReviewTarget): void {
  const { entity, id } = place(target);
  const exists = sql(c, entity === "message" ? "SELECT 1 FROM messages WHERE id = ?" : "SELECT 1 FROM documents WHERE id = ?").get(id);
  if (!exists) throw new CaseError("not-found", `There is no ${entity} ${id} in this case.`);
}

const NOT_REVIEWED: ReviewState = { reviewed: false, flagged: false, reviewedAt: null, flaggedAt: null, author: null };

/** The stored row, or null when the target was never marked (what undo puts back). */
export function reviewRow(c: Case, target: ReviewTarget): ReviewRow | null {
  const { table, column, id } = place(target);
  return (sql(c, `SELECT reviewed, flagged, reviewed_at, flagged_at, author, modified_at FROM ${table} WHERE ${column} = ?`).get(id) as ReviewRow | undefined) ?? null;
}

export function getReview(c: Case, target: ReviewTarget): ReviewState {
  requireTarget(c, target);
  const row = reviewRow(c, target);
  if (!row) return NOT_REVIEWED;
  return { reviewed: row.reviewed === 1, flagged: row.flagged === 1, reviewedAt: row.reviewed_at, flaggedAt: row.flagged_at, author: row.author };
}

/** Marks a message or document reviewed and/or flagged (or not); returns its state. Call inside a write. */
export function setReview(c: Case, target: ReviewTarget, change: { reviewed?: boolean; flagged?: boolean }): ReviewState {
  requireTarget(c, target);
  const before = getReview(c, target);
  const now = nowIso();
  const reviewed = change.reviewed ?? before.reviewed;
  const flagged = change.flagged ?? before.flagged;
  const row: ReviewRow = {
    reviewed: reviewed ? 1 : 0,
    flagged: flagged ? 1 : 0,
    reviewed_at: reviewed ? (before.reviewed ? before.reviewedAt : now) : null,
    flagged_at: flagged ? (before.flagged ? before.flaggedAt : now) : null,
    author: c.actor,
    modified_at: now,
  };
  putReviewRow(c, target, row);
  const { entity, id } = place(target);
  appendAudit(c, { action: "review.set", entity, entityId: id, detail: { reviewed, flagged } });
  return getReview(c, target);
}

/** Puts a target's review row back as it was (null: never marked). Call inside a write. */
export function putReviewRow(c: Case, target: ReviewTarget, row: ReviewRow | null): void {
  const { table, column, id } = place(target);
  if (row === null) {
    sql(c, `DELETE FROM ${table} WHERE ${column} = ?`).run(id);
    return;
  }
  sql(c, `INSERT OR REPLACE INTO ${table} (${column}, reviewed, flagged, reviewed_at, flagged_at, author, modified_at)
    VALUES (@id, @reviewed, @flagged, @reviewed_at, @flagged_at, @author, @modified_at)`).run({ id, ...row });
}

/** "312 of 820 messages reviewed": messages, and the documents the library lists on their own. */
export function reviewProgress(c: Case): ReviewProgress {
  const n = (text: string) => (sql(c, text).get() as { n: number }).n;
  const loose = "FROM documents d WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE m.document_id = d.id)";
  const flaggedMessages = n("SELECT count(*) AS n FROM message_reviews WHERE flagged = 1");
  const flaggedDocuments = n("SELECT count(*) AS n FROM document_reviews WHERE flagged = 1");
  return {
    messagesReviewed: n("SELECT count(*) AS n FROM message_reviews WHERE reviewed = 1"),
    messages: n("SELECT count(*) AS n FROM messages"),
    documentsReviewed: n(`SELECT count(*) AS n ${loose} AND EXISTS (SELECT 1 FROM document_reviews r WHERE r.document_id = d.id AND r.reviewed = 1)`),
    documents: n(`SELECT count(*) AS n ${loose}`),
    flagged: flaggedMessages + flaggedDocuments,
    flaggedMessages,
    flaggedDocuments,
  };
}

/** Undo and redo of a review mark: the row as it was, audited. Call inside a write. */
export function restoreReview(c: Case, target: ReviewTarget, row: ReviewRow | null): void {
  putReviewRow(c, target, row);
  const { entity, id } = place(target);
  appendAudit(c, { action: "review.restore", entity, entityId: id, detail: { reviewed: row?.reviewed === 1, flagged: row?.flagged === 1 } });
}
