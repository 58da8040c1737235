import { describe, expect, it } from "vitest";
import { addTag, deleteTag, listTags, renameTag } from "../../../main/store/tags";
import { createAnnotation } from "../../../main/store/annotations";
import { write } from "../../../main/store/write";
import { newCase } from "../../support/temp";
import { addTextDocument } from "./documents-fixture";

describe("tags", () => {
  it("start with the default codebook", () => {
    const c = newCase();
    expect(listTags(c).map((t) => [t.path, t.color, t.key])).toEqual([
      ["failure report", "#ff6b6b", 3],
      ["order", "#f59f00", 1],
      ["response", "#4dabf7", 2],
    ]);
  });

  it("nest by path, creating missing parents, and tidy white space", () => {
    const c = newCase();
    const tag = write(c, () => addTag(c, { path: " failure report / missed  deadline ", key: 4, description: "Deadline passed" }));
    expect(tag).toMatchObject({ path: "failure report/missed deadline", name: "missed deadline", key: 4, color: "#ff6b6b" });
    write(c, () => addTag(c, { path: "people/hq/director" }));
    expect(listTags(c).map((t) => t.path)).toEqual(expect.arrayContaining(["people", "people/hq", "people/hq/director"]));
  });

  it("refuse clashing names and keys, bad colours and empty parts", () => {
    const c = newCase();
    expect(() => write(c, () => addTag(c, { path: "Order" }))).toThrow(/already exists/);
    expect(() => write(c, () => addTag(c, { path: "x", key: 1 }))).toThrow(/Key 1 already belongs to the tag "order"/);
    expect(() => write(c, () => addTag(c, { path: "x", key: 10 }))).toThrow(/1 to 9/);
    expect(() => write(c, () => addTag(c, { path: "x", color: "blue" }))).toThrow(/not a colour/);
    expect(() => write(c, () => addTag(c, { path: "a//b" }))).toThrow(/empty/);
  });

  it("rename with their descendants, and delete with counts", () => {
    const c = newCase();
    const doc = addTextDocument(c, "one two three");
    write(c, () => {
      addTag(c, { path: "failure report/missed deadline" });
      createAnnotation(c, { documentId: doc, start: 0, end: 3, tags: ["failure report/missed deadline", "order"] });
    });
    write(c, () => renameTag(c, "failure report", "failures"));
    expect(listTags(c).find((t) => t.path === "failures/missed deadline")?.count).toBe(1);
    const result = write(c, () => deleteTag(c, "failures"));
    expect(result).toEqual({ removed: ["failures/missed deadline", "failures"], untagged: 1 });
    expect(listTags(c).map((t) => t.path)).toEqual(["order", "response"]);
  });
});
