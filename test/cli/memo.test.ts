// The memo commands as a user runs them on the sample case: `memo new` prints {"id"}, `memo add-quote`
// appends highlights, `memo list`, and `memo export` to DOCX (footnotes, read back with unzip),
// PDF (qpdf --check, pdftotext) and Markdown; a deleted highlight is flagged in the file and on
// stderr; bad usage and unknown memos or highlights exit 2 with the reason.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { deleteAnnotation } from "../../main/store/annotations";
import { closeCase, openCase } from "../../main/store/case-file";
import { write } from "../../main/store/write";
import { cli } from "../support/cli";
import { tempDir } from "../support/temp";

let casePath: string;
let dir: string;
let highlights: { id: string; quote: string }[];
/** The memo the first test makes and the next ones export. */
let id: number;
const byQuote = (start: string) => highlights.find((h) => h.quote.startsWith(start))!.id;
const HARLAN = "Email from Harlan Placeholder (ERO HQ) to ERO Field Office Directors (Feb. 10, 2017, 4:12 PM)";

beforeAll(() => {
  dir = tempDir();
  casePath = join(dir, "sample.casemark");
  expect(cli(["sample", casePath]).code).toBe(0);
  highlights = cli(["annotations", casePath, "--json"]).json() as typeof highlights;
});

describe("casemark memo", () => {
  it("creates a memo, quotes highlights into it and lists it", () => {
    const made = cli(["memo", "new", casePath, "--title", "Statement of facts"]);
    expect(made.code).toBe(0);
    expect(made.json()).toEqual({ id: expect.any(Number) });
    id = (made.json() as { id: number }).id;

    for (const quote of ["It is due tonight.", "three most egregious", "We were pinged"]) {
      const added = cli(["memo", "add-quote", casePath, String(id), byQuote(quote)]);
      expect(added.code, added.stderr).toBe(0);
    }
    expect(cli(["memo", "add-quote", casePath, String(id), byQuote("Let's not fail"), "--json"]).json()).toMatchObject({ id, title: "Statement of facts", quotes: 4 });
    const listed = cli(["memo", "list", casePath]);
    expect(listed.stdout).toMatch(new RegExp(`^${id}\\s+\\S+ \\S+\\s+4 quotes\\s+Statement of facts$`, "m"));
    expect(cli(["memo", "list", casePath, "--json"]).json()).toEqual([expect.objectContaining({ id, quotes: 4, title: "Statement of facts" })]);
  });

  it("exports it as Markdown with footnotes", () => {
    const md = join(dir, "facts.md");
    const run = cli(["memo", "export", casePath, String(id), "--format", "md", "--out", md]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Wrote memo ${id} (4 quotes) to ${md}`);
    const lines = readFileSync(md, "utf8").split("\n");
    expect(lines.slice(0, 10)).toEqual([
      "# Statement of facts",
      "",
      "> It is due tonight.[^1]",
      "",
      "> three most egregious cases[^2]",
      "",
      "> We were pinged by HQ this morning indicating that we failed at this tasking.[^3]",
      "",
      "> Let's not fail this one twice.[^4]",
      "",
    ]);
    expect(lines.slice(10, 13)).toEqual([`[^1]: ${HARLAN}`, "[^2]: *Id.*", "[^3]: Email from Bram Fictus (San Antonio FOD) to SNA ERO AFODs and SDDOs (Feb. 11, 2017, 8:05 AM)"]);
    expect(lines[13]).toMatch(/^\[\^4\]: Email from .+ \(Feb\. 1\d, 2017, \d+:\d\d [AP]M\)$/);
  });

  it("exports it as DOCX, each citation a footnote", () => {
    const docx = join(dir, "facts.docx");
    expect(cli(["memo", "export", casePath, String(id), "--format", "docx", "--out", docx, "--json"]).json()).toEqual({ path: docx, bytes: readFileSync(docx).byteLength, format: "docx", quotes: 4, flagged: 0 });
    const parts = unzipSync(readFileSync(docx));
    const body = strFromU8(parts["word/document.xml"]!);
    const order = ["It is due tonight.", "three most egregious cases", "We were pinged by HQ", "Let&apos;s not fail this one twice."].map((q) => body.indexOf(q));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect([...body.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1])).toEqual(["1", "2", "3", "4"]);
    const notes = strFromU8(parts["word/footnotes.xml"]!);
    expect(notes).toContain(HARLAN);
    expect(notes).toMatch(/<w:footnote w:id="2">[\s\S]*?<w:i\/>[\s\S]*?Id\.[\s\S]*?<\/w:footnote>/);
  });

  it("exports it as a PDF with endnotes", () => {
    const pdf = join(dir, "facts.pdf");
    expect(cli(["memo", "export", casePath, String(id), "--format", "pdf", "--out", pdf]).code).toBe(0);
    expect(spawnSync("qpdf", ["--check", pdf]).status).toBe(0);
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("It is due tonight.¹");
    expect(text).toContain(`Notes 1. ${HARLAN} 2. Id. 3. Email from Bram Fictus`);
  });

  it("flags a quote whose highlight was deleted, in the file and on stderr", () => {
    const { id } = cli(["memo", "new", casePath, "--title", "Flagged"]).json() as { id: number };
    const made = cli(["annotate", casePath, "--doc", "1", "--quote", "white paper", "--json"]).json() as { id: string };
    expect(cli(["memo", "add-quote", casePath, String(id), made.id]).code).toBe(0);
    // Gone from the case, it stays quoted in the memo: the export says so instead of the words.
    const c = openCase(casePath);
    try {
      write(c, () => deleteAnnotation(c, made.id));
    } finally {
      closeCase(c);
    }
    const md = join(dir, "flagged.md");
    const run = cli(["memo", "export", casePath, String(id), "--format", "md", "--out", md]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`1 quote of memo ${id} points to a deleted or lost highlight`);
    expect(readFileSync(md, "utf8")).toBe("# Flagged\n\n> **\\[Quoted highlight deleted\\]**\n");
  });

  it("refuses bad usage, unknown memos and unknown highlights with exit 2", () => {
    const out = join(dir, "never.md");
    expect(cli(["memo", "new", casePath])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--title/) });
    expect(cli(["memo", "new", casePath, "--title", "  "])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--title cannot be empty/) });
    expect(cli(["memo", "add-quote", casePath, "9999", byQuote("It is due")])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no memo 9999/) });
    expect(cli(["memo", "add-quote", casePath, "1", "no-such-highlight"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no annotation no-such-highlight/) });
    expect(cli(["memo", "add-quote", casePath, "one", byQuote("It is due")])).toMatchObject({ code: 2, stderr: expect.stringMatching(/whole number/) });
    expect(cli(["memo", "export", casePath, "1", "--format", "rtf", "--out", out])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--format must be one of: docx, pdf, md/) });
    expect(cli(["memo", "export", casePath, "9999", "--format", "md", "--out", out])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no memo 9999/) });
    expect(cli(["memo", "export", casePath, "1", "--format", "md"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--out/) });
    expect(existsSync(out)).toBe(false);
  });
});
