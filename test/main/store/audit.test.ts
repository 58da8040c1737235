import { describe, expect, it } from "vitest";
import { appendAudit, auditChainProblems, auditRows } from "../../../main/store/audit";
import { write } from "../../../main/store/write";
import { newCase } from "../../support/temp";

function caseWithLog() {
  const c = newCase();
  write(c, () => {
    for (const action of ["a", "b", "c"]) appendAudit(c, { action, entity: "test", entityId: action, detail: { n: 1 } });
  });
  return c;
}

describe("the audit log", () => {
  it("records who did what, chained by hash", () => {
    const c = caseWithLog();
    const rows = auditRows(c);
    expect(rows.map((r) => [r.seq, r.action, r.actor])).toEqual([
      [1, "a", "tester"],
      [2, "b", "tester"],
      [3, "c", "tester"],
    ]);
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(auditChainProblems(c)).toEqual([]);
  });

  it("detects a row altered behind the triggers' back", () => {
    const c = caseWithLog();
    c.db.exec("DROP TRIGGER audit_log_no_update");
    c.db.prepare("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2").run();
    expect(auditChainProblems(c)).toEqual(["audit log: row 2 was altered after it was written"]);
  });

  it("detects a removed row", () => {
    const c = caseWithLog();
    c.db.exec("DROP TRIGGER audit_log_no_delete");
    c.db.prepare("DELETE FROM audit_log WHERE seq = 2").run();
    expect(auditChainProblems(c)).toEqual(["audit log: row 2 is missing (next is 3)", "audit log: row 3 does not follow the row before it"]);
  });
});
