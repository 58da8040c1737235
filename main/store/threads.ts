// Threads from Message-ID / In-Reply-To / References first, then from the normalised subject.
import { isReplySubject, normalizeSubject } from "../../shared/email/subject";
import { sql, type Case } from "./case-file";

export interface ThreadingInput {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  subject: string | null;
}

/** Picks the thread a new message joins, creating one when nothing links it. Call inside a write. */
export function threadFor(c: Case, m: ThreadingInput): number {
  const linked = [m.inReplyTo, ...[...m.references].reverse()].filter((r): r is string => !!r);
  const byId = sql(c, "SELECT thread_id AS threadId FROM messages WHERE message_id = ? LIMIT 1");
  for (const ref of linked) {
    const row = byId.get(ref) as { threadId: number } | undefined;
    if (row) return row.threadId;
  }
  const key = normalizeSubject(m.subject);
  if (key) {
    const replyLike = isReplySubject(m.subject) || linked.length > 0;
    // A reply joins the latest thread on its subject; a first message joins only a thread
    // made of replies whose own first message has not been seen yet.
    const row = sql(c, 
        replyLike
          ? "SELECT id FROM threads WHERE subject_key = ? ORDER BY id DESC LIMIT 1"
          : `SELECT t.id FROM threads t WHERE t.subject_key = ? AND NOT EXISTS (
               SELECT 1 FROM messages x WHERE x.thread_id = t.id AND x.in_reply_to IS NULL AND NOT EXISTS (
                 SELECT 1 FROM message_references r WHERE r.message_id = x.id))
             ORDER BY t.id DESC LIMIT 1`,
      )
      .get(key) as { id: number } | undefined;
    if (row) return row.id;
  }
  const subject = (m.subject ?? "").trim();
  return Number(sql(c, "INSERT INTO threads (subject, subject_key) VALUES (?, ?)").run(subject, key).lastInsertRowid);
}

/** After a message is stored: replies that arrived before it, in other threads, move into its thread. */
export function adoptReplies(c: Case, messageId: string | null, threadId: number): void {
  if (!messageId) return;
  const orphans = sql(c, 
      `SELECT DISTINCT m.thread_id AS id FROM message_references r JOIN messages m ON m.id = r.message_id
       WHERE r.ref = ? AND m.thread_id <> ?`,
    )
    .all(messageId, threadId) as { id: number }[];
  for (const { id } of orphans) {
    sql(c, "UPDATE messages SET thread_id = ? WHERE thread_id = ?").run(threadId, id);
    sql(c, "DELETE FROM threads WHERE id = ?").run(id);
  }
}
