// Reading a memo's editor state as blocks for export: formats, headings, lists (nested, numbered,
// checked), block quotes, links kept as text, and evidence quotes numbered in the order memoQuotes
// gives them, standing alone or inside a paragraph; and the helpers that add and shape quotes.
import { describe, expect, it } from "vitest";
import { inlineText, memoBlocks } from "../../../shared/memo-blocks";
import { appendQuote, EMPTY_MEMO, flowingQuote, isMemoState, memoQuotes } from "../../../shared/memo-state";
import { heading, list, paragraph, quote, state, text } from "./memo-fixture";

describe("memo blocks", () => {
  it("reads every kind of block, with quotes numbered in document order", () => {
    const nested = { type: "listitem", version: 1, value: 3, children: [list("bullet", text("inner"))] };
    const json = state(
      heading("h2", "Facts"),
      paragraph(text("plain "), text("bold", 1), text(" "), text("both", 3), { type: "linebreak", version: 1 }, text("under", 8)),
      quote("a1", [[0, 3]]),
      paragraph(text("He wrote "), quote("a2"), text(".")),
      { type: "quote", version: 1, children: [text("typed block quote")] },
      list("number", text("one"), [text("two "), quote("a3")]),
      { ...(list("number", text("x")) as object), children: [...(list("number", text("one"), text("two")).children as object[]), nested] },
      list("check", text("done")),
      paragraph({ type: "link", version: 1, url: "https://example.org/a", children: [text("the report")] }, text(" and "), { type: "link", version: 1, url: "javascript:alert(1)", children: [text("a trap")] }),
      { type: "horizontalrule", version: 1 },
    );
    const { blocks, quotes } = memoBlocks(json);
    expect(quotes.map((q) => [q.index, q.annotationId])).toEqual([[0, "a1"], [1, "a2"], [2, "a3"]]);
    expect(quotes.map((q) => q.annotationId)).toEqual(memoQuotes(json).map((q) => q.annotationId));
    expect(blocks[0]).toEqual({ kind: "heading", level: 2, inlines: [{ kind: "text", text: "Facts" }] });
    expect(blocks[1]).toMatchObject({ kind: "paragraph", inlines: [{ text: "plain " }, { text: "bold", bold: true }, { text: " " }, { text: "both", bold: true, italic: true }, { kind: "break" }, { text: "under", underline: true }] });
    expect(blocks[2]).toEqual({ kind: "evidence", quote: { kind: "quote", index: 0, annotationId: "a1", omissions: [[0, 3]] } });
    expect(blocks[3]).toMatchObject({ kind: "paragraph", inlines: [{ text: "He wrote " }, { kind: "quote", index: 1 }, { text: "." }] });
    expect(blocks[4]).toMatchObject({ kind: "blockquote", inlines: [{ text: "typed block quote" }] });
    const items = blocks.filter((b) => b.kind === "item");
    expect(items.map((b) => [b.list, b.ordered, b.level, b.number, b.checked, inlineText(b.inlines)])).toEqual([
      [1, true, 0, 1, undefined, "one"],
      [1, true, 0, 2, undefined, "two "],
      [2, true, 0, 1, undefined, "one"],
      [2, true, 0, 2, undefined, "two"],
      [3, false, 1, 1, undefined, "inner"],
      [4, false, 0, 1, false, "done"],
    ]);
    const links = blocks.filter((b) => b.kind === "paragraph").find((b) => inlineText(b.inlines).includes("the report"))!;
    expect(inlineText(links.inlines)).toBe("the report (https://example.org/a) and a trap");
    expect(blocks[blocks.length - 1]).toEqual({ kind: "rule" });
  });

  it("reads a malformed state as nothing", () => {
    expect(memoBlocks("{")).toEqual({ blocks: [], quotes: [] });
    expect(memoBlocks("null")).toEqual({ blocks: [], quotes: [] });
  });
});

describe("quote helpers", () => {
  it("appends a quote and a paragraph to write on, taking the place of a trailing empty paragraph", () => {
    const once = appendQuote(EMPTY_MEMO, "a1");
    expect(isMemoState(once)).toBe(true);
    expect((JSON.parse(once) as { root: { children: { type: string }[] } }).root.children.map((c) => c.type)).toEqual(["evidence-quote", "paragraph"]);
    const twice = appendQuote(appendQuote(state(paragraph(text("Intro"))), "a1"), "a2");
    expect((JSON.parse(twice) as { root: { children: { type: string }[] } }).root.children.map((c) => c.type)).toEqual(["paragraph", "evidence-quote", "evidence-quote", "paragraph"]);
    expect(memoQuotes(twice)).toEqual([
      { type: "evidence-quote", version: 1, annotationId: "a1", omissions: [] },
      { type: "evidence-quote", version: 1, annotationId: "a2", omissions: [] },
    ]);
    expect(() => appendQuote("not json", "a1")).toThrow();
  });

  it("turns a wrapped email's line breaks into spaces, keeping paragraph breaks", () => {
    expect(flowingQuote("We were pinged by HQ\nthis morning  that we\r\nfailed.\n\n  Next   paragraph.\n")).toBe("We were pinged by HQ this morning that we failed.\nNext paragraph.");
  });
});
