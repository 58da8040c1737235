// The REFI-QDA export, unzipped with unzip(1), validated by xmllint against the REFI-QDA project schema
// (test/fixtures/refi-qda) and parsed as XML: the codebook, the sources as text, and every highlight as a
// selection whose code-point range holds its quote, coded with its tags.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codePointOffset, exportQdpx } from "../../../main/export/qdpx";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { importPaths } from "../../../main/import/import-files";
import { buildSampleCase } from "../../../main/sample-case";
import { createAnnotation, listAnnotations } from "../../../main/store/annotations";
import { documentText, listDocuments } from "../../../main/store/documents";
import { write } from "../../../main/store/write";
import { cli } from "../../support/cli";
import { newCase, tempDir } from "../../support/temp";

let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 1 });
});
afterAll(() => host.close());

type Node = Record<string, unknown>;

const SCHEMA = fileURLToPath(new URL("../../fixtures/refi-qda/Project-mrt2019.xsd", import.meta.url));

/** xmllint's verdict on a project.qde against the REFI-QDA schema: "" when it validates, else its complaints. */
function schemaErrors(qde: string): string {
  const run = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, qde], { encoding: "utf8" });
  if (run.error) throw new Error(`xmllint is needed to validate REFI-QDA exports (Debian: libxml2-utils): ${run.error.message}`);
  return run.status === 0 ? "" : run.stderr;
}
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe("REFI-QDA export", () => {
  it("counts positions in code points", () => {
    expect(codePointOffset("a😀b", 3)).toBe(2);
    expect(codePointOffset("abc", 2)).toBe(2);
  });

  it("unzips to a project whose selections hold the quotes, coded with the highlights' tags", async () => {
    const c = newCase("QDA case");
    await buildSampleCase(c, host);
    // Text with a character outside the BMP before a highlight, so UTF-16 and code points differ.
    const file = join(tempDir(), "memo.txt");
    writeFileSync(file, "Status 😀 report: the package failed at this tasking.");
    await importPaths(c, [file], { host });
    const memo = listDocuments(c).find((d) => d.fileName === "memo.txt")!;
    const at = documentText(c, memo.id).indexOf("failed at this tasking");
    write(c, () => createAnnotation(c, { documentId: memo.id, start: at, end: at + "failed at this tasking".length, tags: ["failure report"], note: "Said <plainly> & \"quoted\"" }));

    const out = join(tempDir(), "case.qdpx");
    writeFileSync(out, exportQdpx(c).bytes);
    const dir = tempDir();
    execFileSync("unzip", ["-q", out, "-d", dir]);
    const qde = join(dir, "project.qde");
    expect(schemaErrors(qde)).toBe("");
    // The validator does refuse: the same project without a selection's required end is invalid.
    const broken = join(dir, "broken.qde");
    writeFileSync(broken, readFileSync(qde, "utf8").replace(/ endPosition="\d+"/, ""));
    expect(schemaErrors(broken)).toMatch(/endPosition.*required|required.*endPosition/);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
    const project = (parser.parse(readFileSync(join(dir, "project.qde"), "utf8")) as { Project: Node }).Project;
    expect(project).toMatchObject({ xmlns: "urn:QDA-XML:project:1.0", name: "QDA case" });
    const codes = list((project.CodeBook as { Codes: { Code: Node | Node[] } }).Codes.Code);
    expect(codes.map((code) => code.name).sort()).toEqual(["failure report", "order", "response"]);
    const codeName = new Map(codes.map((code) => [code.guid as string, code.name as string]));

    const sources = list((project.Sources as { TextSource: Node | Node[] }).TextSource);
    let selections = 0;
    const memoQuotes: string[] = [];
    for (const source of sources) {
      const text = [...readFileSync(join(dir, "sources", String(source.plainTextPath).replace("internal://", "")), "utf8")];
      for (const s of list(source.PlainTextSelection as Node | Node[] | undefined)) {
        selections++;
        const quote = text.slice(Number(s.startPosition), Number(s.endPosition)).join("");
        const codings = list(s.Coding as Node | Node[] | undefined).map((k) => codeName.get((k.CodeRef as Node).targetGUID as string));
        expect(quote.length).toBeGreaterThan(0);
        if (source.name === memo.title) memoQuotes.push(quote);
        if (quote === "failed at this tasking" && source.name === memo.title) {
          expect(codings).toEqual(["failure report"]);
          expect(s.Description).toBe('Said <plainly> & "quoted"');
        }
      }
    }
    expect(selections).toBe(listAnnotations(c).length);
    expect(memoQuotes).toEqual(["failed at this tasking"]);
    expect(sources.some((s) => s.name === memo.title && list(s.PlainTextSelection as Node | Node[] | undefined).length === 1)).toBe(true);
  });

  it("is written by casemark export --format qdpx", () => {
    const path = join(tempDir(), "s.casemark");
    expect(cli(["sample", path]).code).toBe(0);
    const out = join(tempDir(), "s.qdpx");
    const run = cli(["export", path, "--format", "qdpx", "--out", out, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json()).toMatchObject({ format: "qdpx", sources: 7 });
    expect(execFileSync("unzip", ["-l", out], { encoding: "utf8" })).toContain("project.qde");
  });
});
