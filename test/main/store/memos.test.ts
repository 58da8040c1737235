// Memos in the store: the migration, create/save/rename/duplicate/delete/restore with their audit rows
// (never the memo's words), the case's citation template, verify's check of memos, and the evidence a
// memo's quotes show — read fresh from their highlights, with citations, sources and pinpoints.
import { describe, expect, it } from "vitest";
import { deleteAnnotation, updateAnnotation } from "../../../main/store/annotations";
import { auditRows } from "../../../main/store/audit";
import { citationStyle, setCitationTemplate } from "../../../main/store/citation-style";
import { memoEvidence } from "../../../main/store/memo-evidence";
import { createMemo, deleteMemo, duplicateMemo, getMemo, listMemos, renameMemo, restoreMemo, saveMemo } from "../../../main/store/memos";
import { migrate } from "../../../main/store/migrations/run";
import { verifyCase } from "../../../main/store/verify";
import { write } from "../../../main/store/write";
import { EMPTY_MEMO } from "../../../shared/memo-state";
import { newCase } from "../../support/temp";
import { buildFixture, paragraph, quote, state, STAMPS, text } from "../memo/memo-fixture";
import { migratedTo, tables } from "./migrations/migrate-to";

describe("migration 0100: memos", () => {
  it("adds the memos table, refusing a blank title, text that is not JSON and a negative count", () => {
    const db = migratedTo(90);
    expect(migrate(db, 100)).toEqual([100]);
    expect(tables(db)).toContain("memos");
    const insert = db.prepare("INSERT INTO memos (title, content, quotes, author, created_at, updated_at) VALUES (?, ?, ?, 'me', 'now', 'now')");
    insert.run("Brief", EMPTY_MEMO, 0);
    expect(() => insert.run("  ", EMPTY_MEMO, 0)).toThrow(/CHECK/);
    expect(() => insert.run("Brief", "{not json", 0)).toThrow(/CHECK/);
    expect(() => insert.run("Brief", EMPTY_MEMO, -1)).toThrow(/CHECK/);
  });
});

describe("memos", () => {
  it("creates, saves, renames, duplicates, deletes and restores, newest change first, audited without the words", () => {
    const c = newCase();
    const first = write(c, () => createMemo(c, { title: "  Statement of facts  " }));
    expect(first).toMatchObject({ title: "Statement of facts", quotes: 0, content: EMPTY_MEMO });
    const words = "The secret strategy of the clinic";
    const body = state(paragraph(text(words)), quote("a1"), quote("a2"));
    const saved = write(c, () => saveMemo(c, first.id, body));
    expect(saved).toMatchObject({ id: first.id, quotes: 2 });
    expect(getMemo(c, first.id).content).toBe(body);
    const second = write(c, () => createMemo(c, { title: "Brief", content: state(quote("a3")) }));
    expect(second.quotes).toBe(1);
    write(c, () => renameMemo(c, first.id, "Facts"));
    expect(listMemos(c).map((m) => m.title)).toEqual(["Facts", "Brief"]);

    const copy = write(c, () => duplicateMemo(c, first.id));
    expect(copy).toMatchObject({ title: "Facts (copy)", content: body, quotes: 2 });
    expect(write(c, () => duplicateMemo(c, first.id)).title).toBe("Facts (copy 2)");
    expect(write(c, () => duplicateMemo(c, copy.id)).title).toBe("Facts (copy) (copy)");

    const gone = write(c, () => deleteMemo(c, first.id));
    expect(() => getMemo(c, first.id)).toThrow(/no memo/);
    expect(listMemos(c).some((m) => m.id === first.id)).toBe(false);
    write(c, () => restoreMemo(c, gone));
    expect(getMemo(c, first.id)).toEqual({ id: first.id, title: "Facts", content: body, quotes: 2, createdAt: first.createdAt, updatedAt: gone.updated_at });
    expect(() => write(c, () => restoreMemo(c, gone))).toThrow(/already exists/);

    const actions = auditRows(c).filter((r) => r.entity === "memo").map((r) => r.action);
    expect(actions).toEqual(["memo.create", "memo.save", "memo.create", "memo.rename", "memo.create", "memo.duplicate", "memo.create", "memo.duplicate", "memo.create", "memo.duplicate", "memo.delete", "memo.restore"]);
    expect(JSON.stringify(auditRows(c))).not.toContain("secret strategy");
    expect(verifyCase(c)).toMatchObject({ ok: true });
  });

  it("lists memos in the order they were last changed, even when changes fall in the same millisecond", () => {
    const c = newCase();
    const made = write(c, () => Array.from({ length: 12 }, (_, i) => createMemo(c, { title: `Memo ${i}` })));
    // Renamed back to front, all within a few milliseconds: the last renamed is the most recent.
    write(c, () => [...made].reverse().forEach((m) => renameMemo(c, m.id, `${m.title}, renamed`)));
    write(c, () => saveMemo(c, made[5]!.id, EMPTY_MEMO));
    expect(listMemos(c).map((m) => m.title)).toEqual(["Memo 5, renamed", ...made.map((m) => `${m.title}, renamed`).filter((t) => t !== "Memo 5, renamed")]);
    const times = listMemos(c).map((m) => m.updatedAt);
    expect(new Set(times).size).toBe(times.length);
  });

  it("refuses a blank title, text that is not a memo, and memos that do not exist", () => {
    const c = newCase();
    expect(() => write(c, () => createMemo(c, { title: " " }))).toThrow(/needs a title/);
    expect(() => write(c, () => createMemo(c, { title: "x".repeat(501) }))).toThrow(/at most 500/);
    expect(() => write(c, () => createMemo(c, { title: "T", content: '{"root":{"type":"paragraph"}}' }))).toThrow(/not an editor state/);
    expect(() => write(c, () => createMemo(c, { title: "T", content: state(quote("")) }))).toThrow(/not an editor state/);
    expect(() => write(c, () => saveMemo(c, 99, EMPTY_MEMO))).toThrow(/no memo 99/);
    expect(() => write(c, () => renameMemo(c, 99, "T"))).toThrow(/no memo 99/);
    expect(listMemos(c)).toEqual([]);
  });

  it("keeps a duplicate's title within the limit", () => {
    const c = newCase();
    const long = write(c, () => createMemo(c, { title: "y".repeat(500) }));
    const copy = write(c, () => duplicateMemo(c, long.id));
    expect(copy.title).toHaveLength(500);
    expect(copy.title.endsWith(" (copy)")).toBe(true);
  });

  it("is reported by verify when its text is not a memo or its quote count is wrong", () => {
    const c = newCase();
    const m = write(c, () => createMemo(c, { title: "Brief", content: state(quote("a1")) }));
    expect(verifyCase(c).ok).toBe(true);
    c.db.prepare("UPDATE memos SET quotes = 5 WHERE id = ?").run(m.id);
    expect(verifyCase(c).problems).toEqual([`memo ${m.id} (Brief): it holds 1 quotes, 5 recorded`]);
    c.db.prepare("UPDATE memos SET content = '{\"root\": 1}' WHERE id = ?").run(m.id);
    expect(verifyCase(c).problems).toEqual([`memo ${m.id} (Brief): its text is not a memo editor state`]);
  });
});

describe("the citation template", () => {
  it("is kept, used, cleared, and refused when it cannot be used", () => {
    const c = newCase();
    const f = buildFixture(c);
    expect(citationStyle(c)).toEqual({ template: null, placeholders: expect.arrayContaining(["{from}", "{date}", "{pinpoint}"]) });
    write(c, () => setCitationTemplate(c, "{title}[[, Bates {stamp}]] ({from}, {date})"));
    expect(citationStyle(c).template).toBe("{title}[[, Bates {stamp}]] ({from}, {date})");
    const [due, field] = memoEvidence(c, [f.ids.due, f.ids.field]);
    expect(due!.citation).toBe("ICE release 2017-ICLI-00026, Bates 2017-ICLI-00026 000123 (Harlan Placeholder, Feb. 10, 2017, 4:12 PM)");
    expect(field!.citation).toBe("Field memo");
    expect(() => write(c, () => setCitationTemplate(c, "{sender}"))).toThrow(/cannot be used: \{sender\} is not a placeholder/);
    expect(() => write(c, () => setCitationTemplate(c, "   "))).toThrow(/cannot be empty/);
    expect(citationStyle(c).template).toBe("{title}[[, Bates {stamp}]] ({from}, {date})");
    write(c, () => setCitationTemplate(c, null));
    expect(citationStyle(c).template).toBeNull();
    expect(memoEvidence(c, [f.ids.due])[0]!.citation).toBe("Email from Harlan Placeholder to ERO Field Office Directors (Feb. 10, 2017, 4:12 PM), at 2017-ICLI-00026 000123");
    expect(auditRows(c).filter((r) => r.action === "citation-style.set")).toHaveLength(2);
  });
});

describe("memo evidence", () => {
  it("reads each quote's highlight as it is now: quote, note, tags, status, citation, source and pinpoint", () => {
    const c = newCase();
    const f = buildFixture(c);
    const ids = f.ids;
    const evidence = memoEvidence(c, [ids.due, ids.cases, ids.front, ids.failed, ids.field, ids.lost, "no-such-highlight", ids.due]);
    expect(evidence.map((e) => e.annotationId)).toEqual([ids.due, ids.cases, ids.front, ids.failed, ids.field, ids.lost, "no-such-highlight", ids.due]);
    expect(evidence[0]).toEqual({
      annotationId: ids.due, status: "ok", documentId: f.release, quote: "It is due tonight.", note: "", tags: ["order"],
      citation: `Email from Harlan Placeholder to ERO Field Office Directors (Feb. 10, 2017, 4:12 PM), at ${STAMPS[0]}`,
      source: evidence[1]!.source, pinpoint: STAMPS[0],
    });
    expect(evidence[2]).toMatchObject({ quote: "Send them to\nthe front office by 9 PM.", source: evidence[0]!.source, pinpoint: STAMPS[1] });
    expect(evidence[3]).toMatchObject({ citation: `Email from Bram Fictus to SNA ERO AFODs and SDDOs (Feb. 11, 2017, 8:05 AM), at ${STAMPS[2]}`, pinpoint: STAMPS[2], tags: ["failure report"] });
    expect(evidence[3]!.source).not.toBe(evidence[0]!.source);
    expect(evidence[4]).toMatchObject({ citation: "Field memo", pinpoint: null, documentId: f.loose, tags: [] });
    expect(evidence[5]).toMatchObject({ status: "orphaned", quote: "Field memo", source: evidence[4]!.source });
    expect(evidence[6]).toEqual({ annotationId: "no-such-highlight", status: "deleted", documentId: null, quote: null, note: "", tags: [], citation: null, source: null, pinpoint: null });
    expect(evidence[7]).toEqual(evidence[0]);

    write(c, () => updateAnnotation(c, { id: ids.due, note: "Due the same night.", tags: ["order", "response"] }));
    write(c, () => deleteAnnotation(c, ids.failed));
    const [due, failed] = memoEvidence(c, [ids.due, ids.failed]);
    expect(due).toMatchObject({ note: "Due the same night.", tags: ["order", "response"], quote: "It is due tonight." });
    expect(failed).toMatchObject({ status: "deleted", quote: null, citation: null });
  });
});
