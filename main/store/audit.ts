// The append-only audit log: each row's hash covers its content and the previous row's hash.
import { createHash } from "node:crypto";
import { sql, type Case } from "./case-file";
import { nowIso } from "./write";

const GENESIS = "0".repeat(64);

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  detail?: Record<string, unknown>;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

function rowHash(prevHash: string, row: Omit<AuditRow, "prev_hash" | "hash">): string {
  const content = JSON.stringify([row.seq, row.at, row.actor, row.action, row.entity, row.entity_id, row.detail]);
  return createHash("sha256").update(prevHash).update("\n").update(content).digest("hex");
}

/** Appends one row; call inside the transaction that makes the change it records. */
export function appendAudit(c: Case, entry: AuditEntry): void {
  const last = sql(c, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").get() as
    | { seq: number; hash: string }
    | undefined;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: nowIso(),
    actor: c.actor,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId == null ? null : String(entry.entityId),
    detail: JSON.stringify(entry.detail ?? {}),
  };
  const prevHash = last?.hash ?? GENESIS;
  sql(c, 
      "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES (@seq, @at, @actor, @action, @entity, @entity_id, @detail, @prev_hash, @hash)",
    )
    .run({ ...row, prev_hash: prevHash, hash: rowHash(prevHash, row) });
}

/** Problems found walking the chain from the first row; empty when intact. */
export function auditChainProblems(c: Case): string[] {
  const problems: string[] = [];
  let prevHash = GENESIS;
  let expectedSeq = 1;
  for (const row of c.db.prepare("SELECT * FROM audit_log ORDER BY seq").iterate() as Iterable<AuditRow>) {
    if (row.seq !== expectedSeq) problems.push(`audit log: row ${expectedSeq} is missing (next is ${row.seq})`);
    if (row.prev_hash !== prevHash) problems.push(`audit log: row ${row.seq} does not follow the row before it`);
    if (row.hash !== rowHash(row.prev_hash, row)) problems.push(`audit log: row ${row.seq} was altered after it was written`);
    prevHash = row.hash;
    expectedSeq = row.seq + 1;
  }
  return problems;
}

export function auditRows(c: Case): AuditRow[] {
  return sql(c, "SELECT * FROM audit_log ORDER BY seq").all() as AuditRow[];
}
