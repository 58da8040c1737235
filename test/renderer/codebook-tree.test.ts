// The codebook's tree order (parents first, by path segment), levels and siblings, the tags a tag may
// move under or merge into, and the notices after a merge or delete.
import { describe, expect, it } from "vitest";
import type { TagView } from "../../shared/model";
import { buildTree, comparePaths, otherTags, tagsBelow } from "../../renderer/src/codebook/tag-tree";
import { deleteMessage, mergeMessage } from "../../renderer/src/codebook/notices";

let id = 0;
const tag = (path: string): TagView => ({ id: ++id, path, name: path.split("/").pop()!, color: "#f59f00", key: null, description: "", count: 0 });
const paths = (tags: readonly TagView[]) => tags.map((t) => t.path);

describe("buildTree", () => {
  const tags = ["response", "failure report/missed deadline", "failure report x", "order", "failure report", "failure report/late", "Order b"].map(tag);
  const rows = buildTree(tags);

  it("puts each tag right after its parent, sub-tags before a sibling whose name only starts the same", () => {
    expect(rows.map((r) => r.tag.path)).toEqual(["failure report", "failure report/late", "failure report/missed deadline", "failure report x", "order", "Order b", "response"]);
  });

  it("gives levels, parents and positions among siblings", () => {
    const at = (path: string) => rows.find((r) => r.tag.path === path)!;
    expect(at("failure report")).toMatchObject({ level: 1, parent: null, hasChildren: true, position: 1, siblings: 5 });
    expect(at("failure report/missed deadline")).toMatchObject({ level: 2, parent: "failure report", hasChildren: false, position: 2, siblings: 2 });
    expect(at("response")).toMatchObject({ level: 1, position: 5, siblings: 5 });
  });

  it("hangs a tag whose parent is missing under its closest listed ancestor", () => {
    const tree = buildTree(["a", "a/b/c"].map(tag));
    expect(tree.map((r) => [r.tag.path, r.level, r.parent])).toEqual([
      ["a", 1, null],
      ["a/b/c", 2, "a"],
    ]);
  });
});

describe("comparePaths", () => {
  it("orders by segment, ignoring case first, numbers by value", () => {
    expect(["b", "a/2", "a/10", "A", "a b"].sort(comparePaths)).toEqual(["A", "a/2", "a/10", "a b", "b"]);
  });
});

describe("otherTags and tagsBelow", () => {
  const tags = ["order", "order/tonight", "order/tonight/S1", "orders", "response"].map(tag);
  const order = tags[0]!;

  it("offers every tag but the one itself and those below it", () => {
    expect(paths(otherTags(tags, order))).toEqual(["orders", "response"]);
  });

  it("lists the tags below, not a tag whose name only starts the same", () => {
    expect(paths(tagsBelow(tags, "order"))).toEqual(["order/tonight", "order/tonight/S1"]);
  });
});

describe("notices", () => {
  it("reports a merge's moved highlights, those that already had the tag, and merged sub-tags", () => {
    expect(mergeMessage("response", { into: "order", merged: ["response"], annotations: 3, added: 3 })).toBe("Merged “response” into “order”: 3 highlights moved.");
    expect(mergeMessage("a", { into: "b", merged: ["a/x", "a"], annotations: 1, added: 0 })).toBe(
      "Merged “a” into “b”: 1 highlight moved (1 already had “b”), and 1 sub-tag merged with its namesake.",
    );
  });

  it("reports a delete's sub-tags and highlights", () => {
    expect(deleteMessage("failure report", { removed: ["failure report/missed deadline", "failure report"], untagged: 3, annotations: 3 })).toBe(
      "Deleted “failure report” and 1 sub-tag; taken off 3 highlights.",
    );
    expect(deleteMessage("scratch", { removed: ["scratch"], untagged: 0, annotations: 0 })).toBe("Deleted “scratch”; no highlight carried it.");
  });
});
