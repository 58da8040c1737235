// The codebook beyond create/rename/delete: recolour, re-key, describe, merge, usage counts, and
// putting a snapshot back exactly (what undo does).
import { describe, expect, it } from "vitest";
import { createAnnotation, listAnnotations } from "../../../main/store/annotations";
import { auditChainProblems, auditRows } from "../../../main/store/audit";
import type { Case } from "../../../main/store/case-file";
import { restoreCodebook, snapshotCodebook, tagIds } from "../../../main/store/codebook-snapshot";
import { mergeTags } from "../../../main/store/tag-merge";
import { addTag, assignKey, deleteTag, listTags, tagUsage, updateTag } from "../../../main/store/tags";
import { write } from "../../../main/store/write";
import { newCase } from "../../support/temp";
import { addTextDocument } from "./documents-fixture";

/** A case with a document and highlights tagged across a small tree of tags. */
function coded(): { c: Case; ids: string[] } {
  const c = newCase();
  const doc = addTextDocument(c, "HQ ordered the white paper by tonight. San Antonio failed. Austin replied late.");
  const ids = write(c, () => {
    addTag(c, { path: "failure report/missed deadline" });
    addTag(c, { path: "failure report/no response" });
    addTag(c, { path: "failures/missed deadline" });
    addTag(c, { path: "failures/late" });
    const a = (start: number, end: number, tags: string[]) => createAnnotation(c, { documentId: doc, start, end, tags }).id;
    return [
      a(0, 11, ["order"]),
      a(39, 57, ["failures", "failure report"]),
      a(58, 70, ["failures/missed deadline", "failure report/missed deadline"]),
      a(71, 79, ["failures/late"]),
    ];
  });
  return { c, ids };
}

const tagsOf = (c: Case) => new Map(listAnnotations(c).map((a) => [a.id, a.tags]));

describe("changing a tag", () => {
  it("renames and moves it with every highlight keeping it", () => {
    const { c, ids } = coded();
    write(c, () => updateTag(c, { path: "failures/late", name: "too late" }));
    expect(tagsOf(c).get(ids[3]!)).toEqual(["failures/too late"]);
    write(c, () => updateTag(c, { path: "failures/too late", parent: null }));
    expect(tagsOf(c).get(ids[3]!)).toEqual(["too late"]);
    write(c, () => updateTag(c, { path: "too late", parent: "order" }));
    expect(tagsOf(c).get(ids[3]!)).toEqual(["order/too late"]);
    write(c, () => updateTag(c, { path: "failures", name: "x/failed" }));
    expect(tagsOf(c).get(ids[2]!)).toEqual(["failure report/missed deadline", "x/failed/missed deadline"]);
    expect(listAnnotations(c)).toHaveLength(4);
    expect(() => write(c, () => updateTag(c, { path: "order", name: "response" }))).toThrow(/already exists; merge is not a rename/);
    expect(() => write(c, () => updateTag(c, { path: "order", name: "a/b", parent: "x" }))).toThrow(/not both/);
  });

  it("recolours, describes, and moves a key from the tag that had it", () => {
    const { c } = coded();
    write(c, () => updateTag(c, { path: "failures", color: "#AA0000", description: "  Missed taskings  " }));
    expect(listTags(c).find((t) => t.path === "failures")).toMatchObject({ color: "#aa0000", description: "Missed taskings" });
    write(c, () => assignKey(c, "failures", 1));
    const keys = Object.fromEntries(listTags(c).map((t) => [t.path, t.key]));
    expect(keys).toMatchObject({ failures: 1, order: null, response: 2 });
    write(c, () => updateTag(c, { path: "failures", key: null }));
    expect(listTags(c).find((t) => t.path === "failures")!.key).toBeNull();
    expect(() => write(c, () => updateTag(c, { path: "order", color: "red" }))).toThrow(/not a colour/);
    expect(() => write(c, () => assignKey(c, "order", 10))).toThrow(/1 to 9/);
    expect(() => write(c, () => updateTag(c, { path: "order", description: "x".repeat(2001) }))).toThrow(/at most 2000/);
    const actions = auditRows(c).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["tag.color", "tag.describe", "tag.key"]));
  });
});

describe("merging tags", () => {
  it("gives every highlight of the merged tag the other one, once, and moves or merges its sub-tags", () => {
    const { c, ids } = coded();
    const before = listAnnotations(c).length;
    const result = write(c, () => mergeTags(c, "failures", "failure report"));
    expect(result).toEqual({ into: "failure report", merged: ["failures/missed deadline", "failures"], annotations: 2, added: 0 });
    expect(listAnnotations(c)).toHaveLength(before);
    const tags = tagsOf(c);
    expect(tags.get(ids[0]!)).toEqual(["order"]);
    expect(tags.get(ids[1]!)).toEqual(["failure report"]);
    // Both namesakes were on this highlight: it keeps one, not two.
    expect(tags.get(ids[2]!)).toEqual(["failure report/missed deadline"]);
    // A sub-tag with no namesake moves under the tag that stays.
    expect(tags.get(ids[3]!)).toEqual(["failure report/late"]);
    expect(listTags(c).map((t) => t.path)).toEqual(["failure report", "failure report/late", "failure report/missed deadline", "failure report/no response", "order", "response"]);
    expect(auditChainProblems(c)).toEqual([]);
  });

  it("passes a key on when the remaining tag has none, and refuses merging into itself or below itself", () => {
    const { c, ids } = coded();
    write(c, () => mergeTags(c, "order", "failures/late"));
    expect(listTags(c).find((t) => t.path === "failures/late")!.key).toBe(1);
    expect(tagsOf(c).get(ids[0]!)).toEqual(["failures/late"]);
    expect(() => write(c, () => mergeTags(c, "failures", "failures"))).toThrow(/into itself/);
    expect(() => write(c, () => mergeTags(c, "failures", "failures/late"))).toThrow(/a tag below it/);
    expect(() => write(c, () => mergeTags(c, "nope", "failures"))).toThrow(/no tag "nope"/);
  });

  it("merges a sub-tag up into its parent", () => {
    const { c, ids } = coded();
    write(c, () => mergeTags(c, "failures/late", "failures"));
    expect(tagsOf(c).get(ids[3]!)).toEqual(["failures"]);
  });
});

describe("usage and deleting", () => {
  it("counts the highlights a tag and its sub-tags are on", () => {
    const { c } = coded();
    expect(tagUsage(c, "failures")).toEqual({ path: "failures", annotations: 3, direct: 1, subTags: ["failures/late", "failures/missed deadline"] });
    expect(tagUsage(c, "response")).toEqual({ path: "response", annotations: 0, direct: 0, subTags: [] });
    const result = write(c, () => deleteTag(c, "failures"));
    expect(result).toEqual({ removed: ["failures/missed deadline", "failures/late", "failures"], untagged: 3 });
    expect(listAnnotations(c)).toHaveLength(4);
  });
});

describe("codebook snapshots", () => {
  it("put back tags with their ids, keys, parents and highlights after a merge and a delete", () => {
    const { c } = coded();
    const before = snapshotCodebook(c, tagIds(c));
    const annotations = tagsOf(c);
    write(c, () => {
      mergeTags(c, "failures", "failure report");
      assignKey(c, "failure report/late", 2);
      deleteTag(c, "order");
      addTag(c, { path: "new/child", key: 1 });
    });
    write(c, () => restoreCodebook(c, before, "test"));
    expect(snapshotCodebook(c, tagIds(c))).toEqual(before);
    expect(tagsOf(c)).toEqual(annotations);
    expect(c.db.pragma("foreign_key_check")).toEqual([]);
  });
});
