// The repairs and checks around PDFium's incremental update, on hand-made bytes (the corpus test runs
// them on real files): the update's trailer keeps only what readers use, a rebuilt table's objects are
// found under the generation PDFium refers to, junk before the header is measured, and permissions and
// certifications that forbid annotations are read and refused in words.
import { describe, expect, it } from "vitest";
import { annotationRefusal, headerOffset } from "../../../main/export/pdf-sniff";
import { repairRebuiltXref } from "../../../main/export/rebuilt-xref";
import { tidyUpdateTrailer } from "../../../main/export/update-trailer";

const bytes = (s: string) => Buffer.from(s, "latin1");
const text = (b: Uint8Array) => Buffer.from(b).toString("latin1");

describe("the update's trailer", () => {
  it("keeps /Size, /Root, /Info, /Encrypt, /ID and /Prev, drops the rest, and leaves the release alone", () => {
    const original = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<</Size 2/Root 1 0 R/QTest/#>>\nstartxref\n9\n%%EOF\n";
    const update =
      "2 0 obj<<>>endobj\nxref\n0 1\n0000000000 65535 f\r\ntrailer\r\n<</Other#20Tests<</#000#23#23 1/Size 99>>/Note(a \\) >> b)/QTest/#23/Root 1 0 R /Size 3/Prev 40/Info 5 0 R/ID[<AB><CD>]>>\r\nstartxref\r\n19\r\n%%EOF\r\n";
    const out = text(tidyUpdateTrailer(bytes(original + update), original.length));
    expect(out.startsWith(original)).toBe(true);
    expect(out.slice(original.length)).toBe(
      "2 0 obj<<>>endobj\nxref\n0 1\n0000000000 65535 f\r\ntrailer\r\n<</Size 3/Root 1 0 R/Info 5 0 R/ID[<AB><CD>]/Prev 40>>\r\nstartxref\r\n19\r\n%%EOF\r\n",
    );
  });

  it("leaves an update without a classic trailer (an xref stream) as it is", () => {
    const saved = bytes("%PDF-1.5\n...\n9 0 obj<</Type/XRef/Size 10/Root 1 0 R>>stream\r\n\r\nendstream\r\nendobj\r\nstartxref\r\n13\r\n%%EOF\r\n");
    expect(tidyUpdateTrailer(saved, 13)).toBe(saved);
  });
});

describe("a table PDFium rebuilt", () => {
  it("copies an object PDFium names 107 0 but the release holds as 107 1, and points the table there", () => {
    const original = "%PDF-1.3\n107 1 obj\n<</Nums[0<</P()>>]>>\nendobj\n";
    const catalogAt = original.length;
    const update = `1 0 obj<</PageLabels 107 0 R>>endobj\n`;
    const tableAt = original.length + update.length;
    const entry = (offset: number, gen: number, kind: string) => `${String(offset).padStart(10, "0")} ${String(gen).padStart(5, "0")} ${kind}\r\n`;
    const table = `xref\r\n0 2\r\n${entry(0, 65535, "f")}${entry(catalogAt, 0, "n")}107 1\r\n${entry(9, 0, "n")}trailer\r\n<</Size 108/Root 1 0 R>>\r\nstartxref\r\n${tableAt}\r\n%%EOF\r\n`;
    const saved = bytes(`${original}${update}\n${table}`);
    const out = text(repairRebuiltXref(saved, original.length));
    expect(out.startsWith(original + update)).toBe(true);
    const copyAt = out.indexOf("107 0 obj", original.length);
    expect(out.slice(copyAt)).toMatch(/^107 0 obj\n<<\/Nums\[0<<\/P\(\)>>\]>>\nendobj\r\nxref/);
    expect(out).toContain(entry(copyAt, 0, "n"));
    expect(out).toContain(entry(catalogAt, 0, "n"));
    expect(Number(/startxref\s+(\d+)/.exec(out.slice(copyAt))![1])).toBe(out.indexOf("xref\r\n", copyAt));
  });

  it("leaves an ordinary update (with /Prev) and an encrypted one alone", () => {
    const saved = bytes("%PDF-1.3\n5 0 obj 1 endobj\n6 0 obj 2 endobj\nxref\r\n6 1\r\n0000000024 00000 n\r\ntrailer\r\n<</Size 7/Root 1 0 R/Prev 3>>\r\nstartxref\r\n40\r\n%%EOF\r\n");
    expect(repairRebuiltXref(saved, 24)).toBe(saved);
    const encrypted = bytes("%PDF-1.3\n5 1 obj 1 endobj\nxref\r\n5 1\r\n0000000009 00000 n\r\ntrailer\r\n<</Size 6/Root 1 0 R/Encrypt 9 0 R>>\r\nstartxref\r\n27\r\n%%EOF\r\n");
    expect(repairRebuiltXref(encrypted, 9)).toBe(encrypted);
  });
});

describe("what the release allows", () => {
  it("finds the header after junk", () => {
    expect(headerOffset(bytes("junk junk\r\n%PDF-1.4\n"))).toBe(11);
    expect(headerOffset(bytes("%PDF-1.7\n"))).toBe(0);
  });

  it("refuses a release whose permissions forbid annotating, reading /P even behind a reference", () => {
    const encrypted = (p: string) => bytes(`%PDF-1.6\n8 0 obj -1324 endobj\n9 0 obj<</Filter/Standard/R 4/Perms<00>/P ${p}/V 4>>endobj\ntrailer<</Root 1 0 R/Encrypt 9 0 R>>\n`);
    expect(annotationRefusal(encrypted("-1324"))).toMatch(/^its publisher's permissions do not allow adding annotations/);
    expect(annotationRefusal(encrypted("8 0 R"))).toMatch(/permissions do not allow/);
    expect(annotationRefusal(encrypted("-4"))).toBeNull();
    expect(annotationRefusal(bytes("%PDF-1.4\ntrailer<</Root 1 0 R>>\n"))).toBeNull();
  });

  it("refuses a release certified against changes (DocMDP 1 or 2) and allows one that permits annotations (3)", () => {
    const certified = (params: string) => bytes(`%PDF-1.7\n5 0 obj<</Type/Sig/Reference[<</Type/SigRef/TransformMethod/DocMDP/TransformParams<<${params}/Type/TransformParams>>>>]>>endobj\n`);
    expect(annotationRefusal(certified("/P 1/V/1.2"))).toMatch(/certified with a signature that allows no changes \(DocMDP level 1\)/);
    expect(annotationRefusal(certified("/V/1.2"))).toMatch(/no changes but filling in forms and signing \(DocMDP level 2\)/);
    expect(annotationRefusal(certified("/P 3/V/1.2"))).toBeNull();
  });
});
