import { describe, expect, it } from "vitest";
import { migratedTo, tables } from "./migrate-to";

describe("migration 0040: the append-only audit log", () => {
  it("creates the log and refuses updates and deletes", () => {
    const db = migratedTo(40);
    expect(tables(db)).toContain("audit_log");
    db.prepare("INSERT INTO audit_log (seq, at, actor, action, entity, prev_hash, hash) VALUES (1, 'now', 'me', 'x', 'y', 'p', 'h')").run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare("DELETE FROM audit_log").run()).toThrow(/append-only/);
  });
});
