// Linked passages: typed, never to itself or twice, shown on both ends, gone with either end and back
// when a deleted highlight is restored.
import { describe, expect, it } from "vitest";
import { createAnnotation, deleteAnnotation, getAnnotation, restoreAnnotation } from "../../../main/store/annotations";
import { auditRows } from "../../../main/store/audit";
import { linkAnnotations, listLinks, unlinkAnnotations } from "../../../main/store/links";
import { write } from "../../../main/store/write";
import { newCase } from "../../support/temp";
import { addTextDocument } from "./documents-fixture";

function story() {
  const c = newCase();
  const hq = addTextDocument(c, "Send the three most egregious cases tonight.", "order");
  const sa = addTextDocument(c, "We failed at this tasking. Sending one case now.", "reply");
  const [order, failure, reply] = write(c, () => [
    createAnnotation(c, { documentId: hq, start: 0, end: 35, tags: ["order"] }),
    createAnnotation(c, { documentId: sa, start: 0, end: 25, tags: ["failure report"] }),
    createAnnotation(c, { documentId: sa, start: 27, end: 48, tags: ["response"] }),
  ]);
  return { c, hq, sa, order: order!, failure: failure!, reply: reply! };
}

describe("links", () => {
  it("show on both ends with the other end's quote, and list by highlight or document", () => {
    const { c, hq, sa, order, failure, reply } = story();
    const link = write(c, () => linkAnnotations(c, { from: failure.id, to: order.id, relation: "reports failure of" }));
    write(c, () => linkAnnotations(c, { from: reply.id, to: order.id, relation: "responds to" }));
    expect(link).toMatchObject({ relation: "reports failure of", from: { annotationId: failure.id, documentId: sa, quote: "We failed at this tasking" }, to: { annotationId: order.id, documentId: hq }, author: "tester" });
    expect(getAnnotation(c, failure.id).links).toEqual([
      { id: link.id, relation: "reports failure of", direction: "outgoing", annotationId: order.id, documentId: hq, quote: "Send the three most egregious cases", author: "tester", createdAt: link.createdAt },
    ]);
    expect(getAnnotation(c, order.id).links!.map((l) => [l.direction, l.relation, l.annotationId])).toEqual([
      ["incoming", "reports failure of", failure.id],
      ["incoming", "responds to", reply.id],
    ]);
    expect(listLinks(c, { annotationId: reply.id }).map((l) => l.relation)).toEqual(["responds to"]);
    expect(listLinks(c, { documentId: hq })).toHaveLength(2);
    expect(listLinks(c)).toHaveLength(2);
  });

  it("refuse self links, duplicates, unknown relations and missing ends", () => {
    const { c, order, failure } = story();
    write(c, () => linkAnnotations(c, { from: failure.id, to: order.id, relation: "contradicts" }));
    expect(() => write(c, () => linkAnnotations(c, { from: order.id, to: order.id, relation: "fulfils" }))).toThrow(/linked to itself/);
    expect(() => write(c, () => linkAnnotations(c, { from: failure.id, to: order.id, relation: "contradicts" }))).toThrow(/already contradicts/);
    expect(() => write(c, () => linkAnnotations(c, { from: failure.id, to: order.id, relation: "agrees with" }))).toThrow(/not a relation/);
    expect(() => write(c, () => linkAnnotations(c, { from: failure.id, to: "nope", relation: "fulfils" }))).toThrow(/no annotation nope/);
    // The same ends may carry another relation, and the opposite direction.
    write(c, () => linkAnnotations(c, { from: failure.id, to: order.id, relation: "fulfils" }));
    write(c, () => linkAnnotations(c, { from: order.id, to: failure.id, relation: "contradicts" }));
    expect(listLinks(c)).toHaveLength(3);
  });

  it("go with a deleted highlight and come back, same ids, when it is restored", () => {
    const { c, order, failure, reply } = story();
    const a = write(c, () => linkAnnotations(c, { from: failure.id, to: order.id, relation: "reports failure of" }));
    const b = write(c, () => linkAnnotations(c, { from: reply.id, to: order.id, relation: "responds to" }));
    const gone = write(c, () => deleteAnnotation(c, order.id));
    expect(gone.links).toHaveLength(2);
    expect(listLinks(c)).toEqual([]);
    expect(getAnnotation(c, failure.id).links).toEqual([]);
    // Meanwhile one other end goes too: its link cannot come back.
    write(c, () => deleteAnnotation(c, reply.id));
    write(c, () => restoreAnnotation(c, gone));
    expect(listLinks(c)).toEqual([a]);
    expect(getAnnotation(c, order.id).links!.map((l) => l.id)).toEqual([a.id]);
    expect(b.id).not.toBe(a.id);
  });

  it("are removed by id or by ends and relation, and audited", () => {
    const { c, order, failure } = story();
    const link = write(c, () => linkAnnotations(c, { from: failure.id, to: order.id, relation: "reports failure of" }));
    expect(write(c, () => unlinkAnnotations(c, { from: failure.id, to: order.id, relation: "reports failure of" }))).toEqual(link);
    expect(() => write(c, () => unlinkAnnotations(c, { id: link.id }))).toThrow(/no link/);
    expect(auditRows(c).map((r) => r.action)).toEqual(expect.arrayContaining(["link.create", "link.delete"]));
  });
});
