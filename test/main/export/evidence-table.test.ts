// The evidence table, read back with a real CSV parser: one row per highlight, with its citation.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvCell, EVIDENCE_COLUMNS, evidenceCsv, evidenceRows } from "../../../main/export/evidence-table";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { buildSampleCase } from "../../../main/sample-case";
import { createAnnotation, listAnnotations } from "../../../main/store/annotations";
import { documentText } from "../../../main/store/documents";
import { write } from "../../../main/store/write";
import { cli } from "../../support/cli";
import { newCase, tempDir } from "../../support/temp";

let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 1 });
});
afterAll(() => host.close());

describe("evidence table", () => {
  it("has one row per highlight, with quote, tags, note, source hash, message and citation", async () => {
    const c = newCase();
    await buildSampleCase(c, host);
    // A hostile note: a spreadsheet formula, commas, quotes and a line break.
    const text = documentText(c, 1);
    const at = text.indexOf("due tonight");
    write(c, () => createAnnotation(c, { documentId: 1, start: at, end: at + 11, tags: ["order"], note: '=HYPERLINK("http://x","y"), "quoted"\nline 2' }));
    const csv = evidenceCsv(evidenceRows(c));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...EVIDENCE_COLUMNS]);
    expect(rows).toHaveLength(listAnnotations(c).length);
    const mine = rows.find((r) => r.Quote === text.slice(at, at + 11))!;
    expect(mine).toMatchObject({
      Tags: "order",
      Note: `'=HYPERLINK("http://x","y"), "quoted"\nline 2`,
      Subject: "Due Tonight for S1 – URGENT",
      Citation: "Email from Harlan Placeholder (ERO HQ) to ERO Field Office Directors (Feb. 10, 2017, 4:12 PM)",
    });
    expect(mine["Document SHA-256"]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("defuses formulas and quotes only what needs quoting", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell(" padded ")).toBe('" padded "');
  });

  it("is written by casemark export --format csv", () => {
    const path = join(tempDir(), "s.casemark");
    expect(cli(["sample", path]).code).toBe(0);
    const out = join(tempDir(), "evidence.csv");
    const run = cli(["export", path, "--format", "csv", "--out", out, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const rows = parse(readFileSync(out, "utf8").slice(1), { columns: true }) as Record<string, string>[];
    expect(run.json()).toMatchObject({ format: "csv", rows: rows.length });
    expect(rows.length).toBeGreaterThan(0);
    expect(cli(["export", path, "--format", "pdf", "--doc", "abc", "--out", out]).code).toBe(2);
  });
});
