// The evidence table as .xlsx, unzipped and its XML parsed back: a valid package (content types,
// relationships, workbook, styles), a bold header row frozen with a filter and column widths, and every
// cell equal to the CSV's (the same rows), text that would be a formula kept as text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVIDENCE_COLUMNS, evidenceRows, evidenceXlsx } from "../../../main/export/evidence-table";
import { CELL_LIMIT, columnName } from "../../../main/export/xlsx";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { buildSampleCase } from "../../../main/sample-case";
import { createAnnotation } from "../../../main/store/annotations";
import { documentText } from "../../../main/store/documents";
import { write } from "../../../main/store/write";
import { cli } from "../../support/cli";
import { newCase, tempDir } from "../../support/temp";

let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 1 });
});
afterAll(() => host.close());

type Node = Record<string, unknown>;
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false, parseAttributeValue: false, trimValues: false });

/** What a spreadsheet program shows for a cell's text: "_xHHHH_" is the character it names. */
const shown = (s: string) => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

interface Sheet {
  files: string[];
  parts: Record<string, Node>;
  /** Cell values by reference ("B3"), as a spreadsheet program reads them, with each cell's style. */
  cells: Map<string, { value: string; style: string; type: string }>;
}

function readXlsx(bytes: Uint8Array): Sheet {
  const zip = unzipSync(bytes);
  const parts = Object.fromEntries(Object.entries(zip).map(([name, data]) => [name, parser.parse(strFromU8(data)) as Node]));
  const sheet = (parts["xl/worksheets/sheet1.xml"]!.worksheet as Node).sheetData as Node;
  const cells = new Map<string, { value: string; style: string; type: string }>();
  for (const row of list(sheet.row as Node[])) {
    for (const c of list(row.c as Node[])) {
      const text = c["@_t"] === "inlineStr" ? ((c.is as Node).t as Node | string) : c.v;
      const raw = typeof text === "object" && text !== null ? String((text as Node)["#text"] ?? "") : String(text ?? "");
      cells.set(String(c["@_r"]), { value: shown(raw), style: String(c["@_s"]), type: String(c["@_t"] ?? "n") });
    }
  }
  return { files: Object.keys(zip).sort(), parts, cells };
}

describe("the evidence table as XLSX", () => {
  it("names columns A … Z, AA …", () => {
    expect([0, 13, 25, 26, 27, 701, 702].map(columnName)).toEqual(["A", "N", "Z", "AA", "AB", "ZZ", "AAA"]);
  });

  it("is a valid package whose every cell holds the evidence row's value", async () => {
    const c = newCase("Sheet case");
    await buildSampleCase(c, host);
    const text = documentText(c, 1);
    const at = text.indexOf("due tonight");
    // Hostile and awkward cells: a formula, quotes, a line break, a control character, Excel's own
    // escape syntax, and a note longer than a cell can hold.
    write(c, () => [
      createAnnotation(c, { documentId: 1, start: at, end: at + 11, tags: ["order"], note: '=HYPERLINK("http://x","y") & "quoted" <b>\nline 2\u0007 _x0041_' }),
      createAnnotation(c, { documentId: 1, start: at, end: at + 3, tags: ["response"], note: "n".repeat(CELL_LIMIT + 100) }),
    ]);
    const rows = evidenceRows(c);
    const sheet = readXlsx(evidenceXlsx(rows, "Evidence: Sheet case"));
    expect(sheet.files).toEqual(
      ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"].sort(),
    );
    const overrides = list(((sheet.parts["[Content_Types].xml"]!.Types as Node).Override as Node[])).map((o) => o["@_PartName"]);
    expect(overrides).toEqual(expect.arrayContaining(["/xl/workbook.xml", "/xl/worksheets/sheet1.xml", "/xl/styles.xml"]));
    const workbook = sheet.parts["xl/workbook.xml"]!.workbook as Node;
    expect(((workbook.sheets as Node).sheet as Node)["@_name"]).toBe("Evidence");
    expect((sheet.parts["docProps/core.xml"]!["cp:coreProperties"] as Node)["dc:title"]).toBe("Evidence: Sheet case");

    // The header: bold (style 1 is the bold font), frozen above the rows, with a filter over the table.
    const styles = sheet.parts["xl/styles.xml"]!.styleSheet as Node;
    const xfs = list((styles.cellXfs as Node).xf as Node[]);
    const fonts = list((styles.fonts as Node).font as Node[]);
    expect(fonts[Number(xfs[1]!["@_fontId"])]).toHaveProperty("b");
    const ws = sheet.parts["xl/worksheets/sheet1.xml"]!.worksheet as Node;
    expect(((ws.sheetViews as Node).sheetView as Node).pane).toMatchObject({ "@_ySplit": "1", "@_state": "frozen", "@_topLeftCell": "A2" });
    expect((ws.autoFilter as Node)["@_ref"]).toBe(`A1:N${rows.length + 1}`);
    const widths = list((ws.cols as Node).col as Node[]).map((col) => Number(col["@_width"]));
    expect(widths).toHaveLength(EVIDENCE_COLUMNS.length);
    expect(widths.every((w) => w >= 7)).toBe(true);

    EVIDENCE_COLUMNS.forEach((title, i) => expect(sheet.cells.get(`${columnName(i)}1`)).toEqual({ value: title, style: "1", type: "inlineStr" }));
    rows.forEach((row, r) => {
      EVIDENCE_COLUMNS.forEach((key, i) => {
        const ref = `${columnName(i)}${r + 2}`;
        const expected = row[key].split("\u0007").join("");
        const got = sheet.cells.get(ref)?.value ?? "";
        if (expected.length > CELL_LIMIT) {
          expect(got.length, ref).toBe(CELL_LIMIT);
          expect(got.endsWith(" […]"), ref).toBe(true);
        } else expect(got, ref).toBe(expected);
      });
    });
    // Text stays text: the formula is an inline string, not a formula cell; a page number is a number.
    const formula = [...sheet.cells.values()].find((v) => v.value.startsWith("=HYPERLINK"))!;
    expect(formula).toMatchObject({ type: "inlineStr", value: '=HYPERLINK("http://x","y") & "quoted" <b>\nline 2 _x0041_' });
    expect(strFromU8(unzipSync(evidenceXlsx(rows))["xl/worksheets/sheet1.xml"]!)).not.toMatch(/<f>/);
  });

  it("is written by casemark export --format xlsx with the CSV's rows", () => {
    const path = join(tempDir(), "s.casemark");
    expect(cli(["sample", path]).code).toBe(0);
    const dir = tempDir();
    const run = cli(["export", path, "--format", "xlsx", "--out", join(dir, "evidence.xlsx"), "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(cli(["export", path, "--format", "csv", "--out", join(dir, "evidence.csv")]).code).toBe(0);
    const csv = parse(readFileSync(join(dir, "evidence.csv"), "utf8").slice(1)) as string[][];
    const sheet = readXlsx(readFileSync(join(dir, "evidence.xlsx")));
    expect(run.json()).toMatchObject({ format: "xlsx", rows: csv.length - 1 });
    csv.forEach((row, r) =>
      row.forEach((value, i) => {
        // The CSV defuses formula-like text with a leading '; the sheet keeps it as text as it is.
        const got = sheet.cells.get(`${columnName(i)}${r + 1}`)?.value ?? "";
        expect(got === value || `'${got}` === value, `${columnName(i)}${r + 1}: ${got} vs ${value}`).toBe(true);
      }),
    );
    // Only one tag's highlights.
    const order = cli(["export", path, "--format", "xlsx", "--tag", "order", "--out", join(dir, "order.xlsx"), "--json"]);
    expect(order.json()).toMatchObject({ rows: csv.slice(1).filter((r) => r[2]!.split("; ").includes("order")).length });
  });
});
