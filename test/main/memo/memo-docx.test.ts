// The memo as DOCX, opened independently (fflate's unzip, the XML read as text, xmllint): the quotes
// are in the body in order, each followed by a real footnote reference; footnotes.xml holds each
// citation under that id, "Id." in italics where it repeats the source just cited; a deleted quote is
// written as such without a footnote; headings and lists use Word's own styles and numbering.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { memoDocx } from "../../../main/memo/memo-docx";
import { memoExportData } from "../../../main/memo/memo-export-data";
import { createMemo } from "../../../main/store/memos";
import { write } from "../../../main/store/write";
import { newCase, tempDir } from "../../support/temp";
import { BRIEF_NOTES, BRIEF_QUOTES, briefContent, buildFixture } from "./memo-fixture";

const decode = (xml: string) => xml.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The body's paragraphs, each as its text with "[^n]" where a footnote reference stands, and its style. */
function paragraphs(documentXml: string): { style: string | null; text: string; numbered: boolean }[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)![1]!;
  return [...body.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const p = m[1]!;
    const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:footnoteReference w:id="(\d+)"\/>/g)].map((t) => (t[2] ? `[^${t[2]}]` : decode(t[1]!))).join("");
    return { style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null, text, numbered: p.includes("<w:numPr>") };
  });
}

/** Each footnote's text by id (the separators, ids -1 and 0, left out), and whether it begins in italics. */
function footnotes(xml: string): Map<number, { text: string; italicId: boolean }> {
  const notes = new Map<number, { text: string; italicId: boolean }>();
  for (const m of xml.matchAll(/<w:footnote\b[^>]*w:id="(-?\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)) {
    const id = Number(m[1]);
    if (id < 1) continue;
    const runs = [...m[2]!.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => ({ italic: /<w:i\/>|<w:i w:val="true"\/>/.test(r[1]!), text: [...r[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join("") }));
    const text = runs.map((r) => r.text).join("");
    notes.set(id, { text, italicId: runs.find((r) => r.text)?.italic === true && text.startsWith("Id.") });
  }
  return notes;
}

describe("memo as DOCX", () => {
  it("puts the quotes in the body in order, each citation a real footnote", async () => {
    const c = newCase();
    const f = buildFixture(c);
    const memo = write(c, () => createMemo(c, { title: "Brief for the clinic", content: briefContent(f.ids) }));
    const bytes = await memoDocx(memoExportData(c, memo.id));
    const parts = unzipSync(bytes);
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["word/document.xml", "word/footnotes.xml", "word/numbering.xml", "word/styles.xml", "[Content_Types].xml"]));
    const documentXml = strFromU8(parts["word/document.xml"]!);
    const body = paragraphs(documentXml);

    expect(body[0]).toMatchObject({ style: "Title", text: "Brief for the clinic" });
    expect(body[1]).toMatchObject({ style: "Heading1", text: "Statement of Facts" });
    expect(body[2]!.text).toBe("Headquarters ordered the tasking on February 10:");
    const quotes = body.filter((p) => p.style === "EvidenceQuote");
    expect(quotes.map((p) => p.text)).toEqual([
      `${BRIEF_QUOTES[0]}[^1]`,
      `${BRIEF_QUOTES[1]}[^2]`,
      `${BRIEF_QUOTES[2]}[^3]`,
      `${BRIEF_QUOTES[3]}[^4]`,
      BRIEF_QUOTES[4],
      `${BRIEF_QUOTES[6]}[^6]`,
      `[Quoted passage no longer found in its document; check it against the source] ${BRIEF_QUOTES[7]}[^7]`,
    ]);
    expect(body.find((p) => p.text.startsWith("As the field office admitted"))!.text).toBe(`As the field office admitted, ${BRIEF_QUOTES[5]}[^5] nothing was sent.`);
    // The references run 1, 2, 3 … through the body, in reading order.
    expect([...documentXml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(body.filter((p) => p.numbered).map((p) => p.text)).toEqual(["first point", "second point", "a bullet"]);
    // The deleted quote is shown in red.
    expect(documentXml).toMatch(/<w:color w:val="C00000"\/>[\s\S]*?\[Quoted highlight deleted\]/);

    const notes = footnotes(strFromU8(parts["word/footnotes.xml"]!));
    expect([...notes.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect([...notes.values()].map((n) => n.text)).toEqual(BRIEF_NOTES);
    expect([...notes.values()].map((n) => n.italicId)).toEqual([false, true, true, false, false, false, true]);
    // Word finds the footnotes part through the document's relationships and the content types.
    expect(strFromU8(parts["word/_rels/document.xml.rels"]!)).toMatch(/Target="footnotes\.xml"/);
    expect(strFromU8(parts["[Content_Types].xml"]!)).toMatch(/footnotes\+xml/);
  });

  it("writes well-formed XML parts (xmllint)", async () => {
    const c = newCase();
    const f = buildFixture(c);
    const memo = write(c, () => createMemo(c, { title: "Brief <&> “quoted”", content: briefContent(f.ids) }));
    const parts = unzipSync(await memoDocx(memoExportData(c, memo.id)));
    const dir = tempDir();
    const xmlParts = Object.keys(parts).filter((name) => /\.(xml|rels)$/.test(name));
    expect(xmlParts.length).toBeGreaterThan(8);
    for (const name of xmlParts) {
      const file = join(dir, name.replace(/[/[\]]/g, "_"));
      writeFileSync(file, parts[name]!);
      const lint = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
      expect(lint.status, `${name}: ${lint.stderr}`).toBe(0);
    }
    expect(strFromU8(parts["docProps/core.xml"]!)).toContain("Brief &lt;&amp;&gt; “quoted”");
  });
});
