// Annotated exports of the corpus's odd PDFs — rotated pages, crop boxes, updates already appended,
// signatures, broken cross-reference tables, junk before the header, encryption — each imported into
// a case and highlighted on every page that has a word of its own, then checked with independent tools:
// the released file is a byte-exact prefix, qpdf finds nothing wrong (or, for a release that is itself
// damaged, only what it finds in the release), pdftotext still reads the words,
// qpdf lists one /Highlight per page, and poppler's rendering tints each word's box and nothing else
// (rotation applied). A release that forbids annotations is refused with the reason, and no file is left.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { basename, join } from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportAnnotatedPdf } from "../../../main/export/annotated-pdf";
import { importPaths } from "../../../main/import/import-files";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { createAnnotation } from "../../../main/store/annotations";
import type { Case } from "../../../main/store/case-file";
import { documentText, listDocuments } from "../../../main/store/documents";
import { listPages } from "../../../main/store/pages";
import { write } from "../../../main/store/write";
import { newCase, tempDir } from "../../support/temp";
import { CORPUS_ROOT as ROOT, highlightsIn, meanColor, POPPLER, QPDF, qpdfCheck, render, tintedBounds, wordBoxes } from "./pdf-tools";

type Expect =
  /** qpdf finds nothing wrong with the export. */
  | { verifies: true; password?: string }
  /** The release is itself damaged: qpdf finds in the export what it finds in the release (or less), nothing new. */
  | { damaged: string }
  /** Refused, with this reason. */
  | { refused: RegExp };

const ODD: [file: string, why: string, expect: Expect][] = [
  ["pdf-odd/pdfjs_rotation.pdf", "pages with different /Rotate", { verifies: true }],
  ["pdf-odd/froide_redaction-test-rotated.pdf", "pages rotated 0, 90, 180 and 270", { verifies: true }],
  ["pdf-odd/qpdf_annotations-rotated-90.pdf", "text drawn rotated 90°", { verifies: true }],
  ["pdf-odd/qpdf_annotations-rotated-270.pdf", "text drawn rotated 270°", { verifies: true }],
  ["pdf-odd/froide_redaction-test-cropbox.pdf", "a crop box off the origin", { verifies: true }],
  ["pdf-odd/qpdf_incremental-3.pdf", "three incremental updates already", { verifies: true }],
  ["pdf-odd/qpdf_digitally-signed.pdf", "signed, with an update after the signature", { verifies: true }],
  ["pdf-odd/pdfjs_annotation-highlight.pdf", "highlights of its own already", { verifies: true }],
  ["pdf-odd/qpdf_bad-xref.pdf", "a corrupt xref table", { verifies: true }],
  ["pdf-odd/qpdf_xref-errors.pdf", "several xref errors", { verifies: true }],
  ["pdf-odd/qpdf_no-space-in-xref.pdf", "xref entries without their space", { verifies: true }],
  ["pdf-odd/qpdf_recover-xref-stream.pdf", "a damaged xref stream", { verifies: true }],
  ["pdf-odd/qpdf_leading-junk.pdf", "junk before %PDF- (and encrypted)", { verifies: true }],
  ["pdf-hostile/qpdf_V4-aes.pdf", "AES-128 encryption, empty user password", { verifies: true }],
  ["pdf-hostile/pdfjs_bug900822.pdf", "RC4 encryption whose permissions forbid annotating", { refused: /was not written: its publisher's permissions do not allow adding annotations/ }],
  ["pdf-hostile/pdfjs_issue7665.pdf", "encryption dictionary with indirect objects", { verifies: true }],
  ["pdf-hostile/qpdf_enc-XI-R6_V5_U_attachment_encrypted-attachments.pdf", "AES-256, only its attachments encrypted", { verifies: true, password: "attachment" }],
  ["pdf-odd/qpdf_pound-in-name.pdf", "odd names in its trailer", { damaged: "names with a stray # in the release's trailer" }],
  ["pdf-odd/qpdf_bad-xref-entry.pdf", "an xref entry pointing at the wrong place", { damaged: "the release's xref is reconstructed" }],
  ["pdf-odd/qpdf_zero-offset.pdf", "an xref entry at offset 0", { damaged: "the release's object at offset 0" }],
  // PDFium rebuilds the table but numbers object 107 (generation 1) as 107 0: it is copied under that name.
  ["pdf-hostile/qpdf_append-xref-loop.pdf", "an xref /Prev chain that loops, objects of generation 1", { verifies: true }],
  ["pdf-odd/pdfjs_pdfkit_compressed.pdf", "object streams, whitespace before its xref", { damaged: "whitespace before the release's xref" }],
  ["pdf-odd/qpdf_damaged-stream.pdf", "a damaged content stream", { damaged: "the release's undecodable stream" }],
  ["pdf-odd/qpdf_minimal-signed-restricted.pdf", "certified (DocMDP 1) and restricted", { refused: /was not written: it is certified with a signature that allows no changes \(DocMDP level 1\)/ }],
];

let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 1 });
});
afterAll(() => host.close());

async function importOne(c: Case, source: string): Promise<number> {
  const file = join(tempDir(), basename(source));
  copyFileSync(source, file);
  const [result] = await importPaths(c, [file], { host });
  expect(result?.status, result?.error).toBe("imported");
  return listDocuments(c).find((d) => d.kind === "pdf")!.id;
}

/** Pages highlighted in each file: the first ones with a word (every page of the rotated files). */
const PAGES = 4;

/** On each page, the first word of three letters or more standing alone that the page holds only once. */
function highlightEveryPage(c: Case, doc: number): { page: number; word: string }[] {
  const text = documentText(c, doc);
  const picks: { page: number; word: string }[] = [];
  for (const p of listPages(c, doc)) {
    if (picks.length === PAGES) break;
    const pageText = text.slice(p.start, p.end);
    const found = [...pageText.matchAll(/(?<=^|\s)[A-Za-z]{3,}(?=\s|$)/g)].find((w) => pageText.split(w[0]).length === 2);
    if (!found) continue;
    const start = p.start + found.index;
    write(c, () => createAnnotation(c, { documentId: doc, start, end: start + found[0].length, tags: ["order"], note: `On page ${p.pageIndex + 1}.` }));
    picks.push({ page: p.pageIndex, word: found[0] });
  }
  return picks;
}

/** Points of slack around a word's box: highlight rectangles span the glyphs' full height. */
const SLACK = 5;

describe.skipIf(!QPDF || !POPPLER || !ROOT)("annotated exports of odd corpus PDFs", () => {
  it.each(ODD)("%s (%s)", async (file, _why, expected) => {
    const source = join(ROOT!, file);
    const original = readFileSync(source);
    const c = newCase();
    const doc = await importOne(c, source);
    const picks = highlightEveryPage(c, doc);
    expect(picks.length, "a page with a word to highlight").toBeGreaterThan(0);
    const folder = tempDir();
    const out = join(folder, "annotated.pdf");

    if ("refused" in expected) {
      await expect(exportAnnotatedPdf(c, host, doc, out)).rejects.toThrow(expected.refused);
      expect(readdirSync(folder)).toEqual([]);
      return;
    }
    const done = await exportAnnotatedPdf(c, host, doc, out);
    expect(done.highlights).toBe(picks.length);
    const exported = readFileSync(out);
    expect(exported.subarray(0, original.byteLength).equals(original), "the released file is a byte-exact prefix").toBe(true);
    expect(readdirSync(folder)).toEqual(["annotated.pdf"]);

    const password = "password" in expected ? expected.password : undefined;
    const check = qpdfCheck(out, password);
    if ("damaged" in expected) {
      // The release's own damage is kept with its bytes; the export adds none.
      const own = qpdfCheck(source, password);
      expect(own.findings.length, `qpdf finds ${expected.damaged}`).toBeGreaterThan(0);
      for (const finding of check.findings) expect(own.findings, "a problem the export added").toContain(finding);
    } else {
      expect(check.findings, check.out).toEqual([]);
      expect(check.status, check.out).toBe(0);
    }

    const found = highlightsIn(out, password);
    expect(found.filter((h) => h.nm.startsWith("casemark:"))).toHaveLength(picks.length);
    expect(found.filter((h) => h.nm.startsWith("casemark:")).map((h) => h.contents).sort()).toEqual(picks.map((p) => `order\n\nOn page ${p.page + 1}.`).sort());
    const text = execFileSync("pdftotext", [...(password ? ["-upw", password] : []), out, "-"], { encoding: "utf8" });
    for (const { page, word } of picks) {
      expect(text, `page ${page + 1}`).toContain(word);
      // Poppler's box of the word, as the page is displayed: tinted in the order colour (amber: the blue
      // drops, the red does not), and every tinted pixel of the page lies on it.
      const [box] = wordBoxes(out, page, word, password);
      expect(box, `poppler reads “${word}” on page ${page + 1}`).toBeDefined();
      const before = render(source, page, password);
      const after = render(out, page, password);
      const [r0, , b0] = meanColor(before, box!);
      const [r1, , b1] = meanColor(after, box!);
      expect(b1, `“${word}” on page ${page + 1} is tinted`).toBeLessThan(b0 - 30);
      expect(r1).toBeGreaterThan(r0 - 5);
      const tinted = tintedBounds(before, after)!;
      expect(tinted[0]).toBeGreaterThanOrEqual(box![0] - SLACK);
      expect(tinted[1]).toBeGreaterThanOrEqual(box![1] - SLACK);
      expect(tinted[2]).toBeLessThanOrEqual(box![2] + SLACK);
      expect(tinted[3]).toBeLessThanOrEqual(box![3] + SLACK);
    }
  });

  it("refuses a release whose permissions forbid annotations, saying so, and leaves no file", async () => {
    const plain = await PDFDocument.create();
    const font = await plain.embedFont(StandardFonts.Helvetica);
    plain.addPage([612, 792]).drawText("Due Tonight for S1 - URGENT", { x: 72, y: 700, size: 14, font });
    const dir = tempDir();
    writeFileSync(join(dir, "plain.pdf"), await plain.save());
    // qpdf encrypts it as an agency might: anyone may open and print it, nobody may annotate.
    execFileSync("qpdf", ["--encrypt", "", "owner-secret", "256", "--annotate=n", "--modify=none", "--", join(dir, "plain.pdf"), join(dir, "locked.pdf")]);
    const c = newCase();
    const doc = await importOne(c, join(dir, "locked.pdf"));
    expect(highlightEveryPage(c, doc)).toHaveLength(1);
    const folder = tempDir();
    await expect(exportAnnotatedPdf(c, host, doc, join(folder, "locked-annotated.pdf"))).rejects.toThrow(
      /“locked” was not written: its publisher's permissions do not allow adding annotations/,
    );
    expect(readdirSync(folder)).toEqual([]);
  });
});
