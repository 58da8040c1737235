// The memo as a PDF, read back with qpdf and poppler: it passes `qpdf --check`, pdftotext shows the
// title, the text and each quote in order with its superscript note number, the deleted and lost
// highlights flagged, and the citations as numbered endnotes under "Notes" with the Id. rules applied;
// a long memo runs over numbered pages.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoExportData } from "../../../main/memo/memo-export-data";
import { citationText, memoPdf, superscript } from "../../../main/memo/memo-pdf";
import { createMemo } from "../../../main/store/memos";
import { write } from "../../../main/store/write";
import { newCase, tempDir } from "../../support/temp";
import { qpdfCheck } from "../export/pdf-tools";
import { BRIEF_NOTES, BRIEF_QUOTES, briefContent, buildFixture, paragraph, quote, state, text } from "./memo-fixture";

const pdftotext = (path: string) => execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");

describe("memo as PDF", () => {
  it("sets the quotes in order with note numbers, and the citations as endnotes", async () => {
    const c = newCase();
    const f = buildFixture(c);
    const memo = write(c, () => createMemo(c, { title: "Brief for the clinic", content: briefContent(f.ids) }));
    const out = join(tempDir(), "brief.pdf");
    writeFileSync(out, await memoPdf(memoExportData(c, memo.id)));
    const check = qpdfCheck(out);
    expect(check.findings, check.out).toEqual([]);
    expect(check.status).toBe(0);

    const flat = pdftotext(out);
    const [body, notes] = flat.split(" Notes ");
    expect(notes).toBeDefined();
    const expected = [
      "Brief for the clinic",
      "Statement of Facts",
      "Headquarters ordered the tasking on February 10:",
      `${BRIEF_QUOTES[0]}${superscript(1)}`,
      `${BRIEF_QUOTES[1]}${superscript(2)}`,
      `${BRIEF_QUOTES[2]}${superscript(3)}`,
      `${BRIEF_QUOTES[3]}${superscript(4)}`,
      BRIEF_QUOTES[4]!,
      `As the field office admitted, ${BRIEF_QUOTES[5]}${superscript(5)} nothing was sent.`,
      `${BRIEF_QUOTES[6]}${superscript(6)}`,
      "[Quoted passage no longer found in its document; check it against the source]",
      `${BRIEF_QUOTES[7]}${superscript(7)}`,
      "1. first point 2. second point • a bullet",
    ];
    let at = 0;
    for (const piece of expected) {
      const found = body!.indexOf(piece, at);
      expect(found, `"${piece}" after offset ${at} of: ${body}`).toBeGreaterThanOrEqual(at);
      at = found + piece.length;
    }
    // "Id." is set in the oblique face, embedded beside regular and bold.
    expect(BRIEF_NOTES.some((n) => n.startsWith("Id."))).toBe(true);
    const fonts = execFileSync("pdffonts", [out], { encoding: "utf8" });
    expect(fonts).toMatch(/^DejaVuSans-Oblique-\d+\s+CID TrueType\s+Identity-H\s+yes\b/m);
    expect(notes!.trim()).toMatch(new RegExp(`^${BRIEF_NOTES.map((n, i) => `${i + 1}\\. ${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).join(" ")} Page 1 of 1$`));
  });

  it("runs a long memo over numbered pages, its notes after the text", async () => {
    const c = newCase();
    const f = buildFixture(c);
    const blocks = Array.from({ length: 60 }, (_, i) => [paragraph(text(`Paragraph ${i + 1} of the argument, long enough to wrap over the width of the page at least once or twice.`)), quote(i % 2 ? f.ids.due : f.ids.failed)]).flat();
    const memo = write(c, () => createMemo(c, { title: "Long memo", content: state(...blocks) }));
    const out = join(tempDir(), "long.pdf");
    writeFileSync(out, await memoPdf(memoExportData(c, memo.id)));
    expect(qpdfCheck(out).status).toBe(0);
    const flat = pdftotext(out);
    const pages = Number(/Page 1 of (\d+)/.exec(flat)?.[1]);
    expect(pages).toBeGreaterThan(3);
    expect(flat).toContain(`Page ${pages} of ${pages}`);
    expect(flat.indexOf("Paragraph 60 of the argument")).toBeLessThan(flat.lastIndexOf(" Notes "));
    expect(flat).toContain(`60. Email from Harlan Placeholder`);
  });

  it("sets Id. in italics and the rest of a citation upright", () => {
    const id = citationText("Id. at 2017-ICLI-00026 000124");
    expect([...id.text].map((_, i) => id.weight(i)).join(",")).toBe([..."Id.".split("").map(() => "italic"), ...Array.from(" at 2017-ICLI-00026 000124", () => "regular")].join(","));
    const full = citationText("Email from A to B (Feb. 10, 2017, 4:12 PM)");
    expect(new Set([...full.text].map((_, i) => full.weight(i)))).toEqual(new Set(["regular"]));
  });
});
