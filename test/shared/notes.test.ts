import { describe, expect, it } from "vitest";
import { InvalidNote, noteText, plainTextNote, storedNote } from "../../shared/notes";

const text = (t: string, format = 0) => ({ type: "text", text: t, format, detail: 0, mode: "normal", style: "", version: 1 });
const para = (...children: object[]) => ({ type: "paragraph", children, version: 1 });
const item = (...children: object[]) => ({ type: "listitem", children, value: 1, version: 1 });
const list = (listType: "bullet" | "number", ...items: object[]) => ({ type: "list", listType, children: items, version: 1 });
const state = (...children: object[]) => JSON.stringify({ root: { type: "root", children, version: 1 } });

describe("notes as rich text", () => {
  it("round-trips plain text, blank lines included", () => {
    for (const t of ["one line", "two\nlines", "a\n\nb", "tab\there"]) expect(noteText(plainTextNote(t))).toBe(t);
  });

  it("gives the plain text of bold and italic runs, line breaks and lists", () => {
    const json = state(
      para(text("HQ "), text("ordered", 1), text(" it", 2)),
      para(text("first"), { type: "linebreak", version: 1 }, text("second")),
      list("bullet", item(text("Laredo")), item(text("San Antonio"))),
      list("number", item(text("order")), item(list("number", item(text("nested")))), item(text("failure"))),
      { type: "quote", children: [text("failed at this tasking")], version: 1 },
    );
    expect(noteText(json)).toBe(
      ["HQ ordered it", "first", "second", "• Laredo", "• San Antonio", "1. order", "  1. nested", "2. failure", "failed at this tasking"].join("\n"),
    );
  });

  it("refuses what the note editor would not make", () => {
    expect(() => noteText("not json")).toThrow(InvalidNote);
    expect(() => noteText(JSON.stringify({ root: { type: "paragraph", children: [] } }))).toThrow(/no root/);
    expect(() => noteText(state({ type: "image", src: "http://example.org/x.png", version: 1 }))).toThrow(/cannot hold a "image"/);
    expect(() => noteText(state(text("loose text")))).toThrow(/only blocks/);
    expect(() => noteText(state(list("bullet", para(text("x")))))).toThrow(/only list items/);
    expect(() => noteText(state(para({ type: "text", text: 5 })))).toThrow(/without text/);
    let deep: object = para(text("deep"));
    for (let i = 0; i < 100; i++) deep = { type: "quote", children: [deep], version: 1 };
    expect(() => noteText(state(deep))).toThrow(/nested too deeply/);
  });

  it("stores the state with its derived text; an empty state is no note", () => {
    const json = state(para(text("keep", 1)));
    expect(storedNote({ noteJson: json, note: "ignored" })).toEqual({ json, text: "keep" });
    expect(storedNote({ noteJson: state(para()) })).toEqual({ json: null, text: "" });
    expect(storedNote({ noteJson: null })).toEqual({ json: null, text: "" });
    expect(storedNote({ note: "plain" })).toEqual({ json: plainTextNote("plain"), text: "plain" });
    expect(storedNote({})).toBeUndefined();
  });
});
