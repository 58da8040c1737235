// The casemark command as a user runs it: real processes, JSON shapes, human output and exit codes.
import { chmodSync, copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_DIR } from "../../main/sample-case";
import { cli } from "../support/cli";
import { tempDir } from "../support/temp";

let dir: string;
let casePath: string;
let docs: { id: number; sha256: string; title: string; kind: string; pageCount: number; messageCount: number }[];

beforeAll(() => {
  dir = tempDir();
  casePath = join(dir, "release.casemark");
  expect(cli(["new", casePath, "--title", "ICE release", "--json"]).code).toBe(0);
  const imported = cli(["import", casePath, SAMPLE_DIR, "--json"]);
  expect(imported.code).toBe(0);
  docs = cli(["docs", casePath, "--json"]).json() as typeof docs;
});

describe("casemark new", () => {
  it("prints the path and the new case's id", () => {
    const path = join(dir, "other.casemark");
    const run = cli(["new", path, "--json"]);
    expect(run.code).toBe(0);
    expect(run.json()).toEqual({ path, id: expect.stringMatching(/^[0-9a-f-]{36}$/), title: "Untitled case" });
    const again = cli(["new", path]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });
});

describe("casemark import", () => {
  it("gives one result per file, with document ids, and exit 1 when some failed", () => {
    const bad = join(dir, "broken.pdf");
    writeFileSync(bad, "%PDF-1.7 not really");
    const run = cli(["import", casePath, `${SAMPLE_DIR}01-hq-due-tonight-for-s1.eml`, bad, join(dir, "absent.eml"), "--json"]);
    expect(run.code).toBe(1);
    const { results } = run.json() as { results: { path: string; status: string; documentId?: number; documentIds?: number[]; error?: string }[] };
    expect(results.map((r) => r.status)).toEqual(["duplicate", "failed", "failed"]);
    expect(results[0]).toMatchObject({ documentId: docs[0]!.id, documentIds: [docs[0]!.id] });
    expect(results[2]!.error).toBe("no such file or folder");
  });

  it("lists a container's messages in documentIds", () => {
    const mbox = join(dir, "two.mbox");
    writeFileSync(mbox, "From a@x Fri Feb 10 10:00:00 2017\nSubject: one\nMessage-ID: <m1@x>\n\nfirst\n\nFrom b@x Fri Feb 10 11:00:00 2017\nSubject: Re: one\nIn-Reply-To: <m1@x>\n\nsecond\n");
    const run = cli(["import", casePath, mbox, "--json"]);
    expect(run.code).toBe(0);
    const [r] = (run.json() as { results: { status: string; documentId: number; documentIds: number[] }[] }).results;
    expect(r!.status).toBe("imported");
    expect(r!.documentIds).toHaveLength(2);
    expect(r!.documentIds).not.toContain(r!.documentId);
  });

  it("prints a readable summary without --json", () => {
    const run = cli(["import", casePath, `${SAMPLE_DIR}02-sanantonio-dfod-forward.eml`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^duplicate .*02-sanantonio-dfod-forward\.eml: document \d+/m);
    expect(run.stdout).toMatch(/0 imported, 1 duplicate, 0 failed/);
  });
});

describe("casemark docs and messages", () => {
  it("lists documents with the documented fields", () => {
    expect(docs[0]).toMatchObject({ id: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/), title: "Due Tonight for S1 – URGENT", kind: "email", pageCount: 0, messageCount: 1 });
  });

  it("lists messages in date order with ISO dates in the sender's zone, one thread", () => {
    const messages = cli(["messages", casePath, "--json"]).json() as { id: number; documentId: number; date: string; from: string; to: string[]; subject: string; threadId: number }[];
    const sample = messages.filter((m) => /Due Tonight/.test(m.subject));
    expect(sample).toHaveLength(6);
    expect(sample[0]).toMatchObject({ date: "2017-02-10T16:12:00-05:00", from: "Harlan Placeholder (ERO HQ) <ero-hq@example.gov>", subject: "Due Tonight for S1 – URGENT" });
    expect(sample[0]!.to.length).toBeGreaterThan(0);
    expect(new Set(sample.map((m) => m.threadId)).size).toBe(1);
    const one = cli(["messages", casePath, "--doc", String(docs[2]!.id), "--json"]).json() as unknown[];
    expect(one).toHaveLength(1);
  });

  it("refuses a bad --doc with exit 2", () => {
    expect(cli(["messages", casePath, "--doc", "abc"]).code).toBe(2);
    const missing = cli(["messages", casePath, "--doc", "9999"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no document 9999/);
  });
});

describe("casemark annotate, annotations, search and tags", () => {
  let annotationId: string;

  it("highlights a passage by its words, even across a line break", () => {
    const doc = docs.find((d) => d.title.startsWith("RE:"))!.id;
    const run = cli(["annotate", casePath, "--doc", String(doc), "--quote", "failed at this tasking", "--tag", "failure report", "--note", "HQ says San Antonio failed", "--json"]);
    expect(run.code).toBe(0);
    const a = run.json() as { id: string; documentId: number; quote: string; tags: string[]; note: string; start: number; end: number };
    expect(a).toMatchObject({ documentId: doc, quote: "failed at this\ntasking", tags: ["failure report"], note: "HQ says San Antonio failed" });
    expect(a.end - a.start).toBe(a.quote.length);
    annotationId = a.id;
  });

  it("picks an occurrence, and refuses quotes that are not there", () => {
    const doc = docs.find((d) => d.title.startsWith("RE:"))!.id;
    const second = cli(["annotate", casePath, "--doc", String(doc), "--quote", "HQ", "--occurrence", "2", "--tag", "order", "--json"]);
    const first = cli(["annotations", casePath, "--doc", String(doc), "--json"]).json() as { start: number }[];
    expect(second.code).toBe(0);
    expect((second.json() as { start: number }).start).toBeGreaterThan(first.map((a) => a.start).sort((a, b) => a - b)[0]!);
    expect(first.length).toBe(2);
    const missing = cli(["annotate", casePath, "--doc", String(doc), "--quote", "no such words anywhere"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/not found/);
    expect(cli(["annotate", casePath, "--doc", String(doc), "--quote", "tasking", "--occurrence", "99"]).stderr).toMatch(/past the last/);
  });

  it("lists annotations by tag", () => {
    const list = cli(["annotations", casePath, "--tag", "failure report", "--json"]).json() as { id: string }[];
    expect(list.map((a) => a.id)).toEqual([annotationId]);
    expect(cli(["annotations", casePath]).stdout).toMatch(/“failed at this tasking”/);
  });

  it("searches with ranks and snippets, within a tag too", () => {
    const hits = cli(["search", casePath, "egregious", "--json"]).json() as { documentId: number; messageId?: number; snippet: string }[];
    expect(hits.length).toBeGreaterThan(3);
    expect(hits[0]!.snippet).toMatch(/\[egregious\]/);
    const tagged = cli(["search", casePath, "tasking", "--tag", "failure report", "--json"]).json() as { documentId: number }[];
    expect(tagged.length).toBeGreaterThan(0);
    expect(cli(["search", casePath, "zzzzqqq"]).stdout.trim()).toBe("No results.");
  });

  it("manages the codebook", () => {
    expect(cli(["tags", "add", casePath, "failure report/missed deadline", "--key", "4", "--color", "#AA0000", "--json"]).json()).toMatchObject({ name: "failure report/missed deadline", color: "#aa0000", key: 4 });
    expect(cli(["tags", "rename", casePath, "failure report/missed deadline", "failure report/late"]).code).toBe(0);
    const tags = cli(["tags", casePath, "--json"]).json() as { name: string; color: string; key: number | null; count: number }[];
    expect(tags.map((t) => t.name)).toEqual(["failure report", "failure report/late", "order", "response"]);
    expect(tags.find((t) => t.name === "failure report")).toMatchObject({ color: "#ff6b6b", key: 3, count: 1 });
    expect(cli(["tags", "delete", casePath, "failure report/late", "--json"]).json()).toEqual({ removed: ["failure report/late"], untagged: 0 });
    const clash = cli(["tags", "add", casePath, "x", "--key", "1"]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/Key 1 already belongs to the tag "order"/);
  });
});

describe("casemark export and import-annotations", () => {
  it("round-trips W3C Web Annotation JSON-LD into another case holding the same documents", () => {
    const out = join(dir, "annotations.jsonld");
    const run = cli(["export", casePath, "--format", "json", "--out", out, "--json"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, "utf8"));
    expect(doc).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: 2 });
    const item = doc.first.items.find((i: { body: { purpose: string; value: string }[] }) => i.body.some((b) => b.value === "failure report"));
    expect(item.target.source).toMatch(/^urn:sha256:[0-9a-f]{64}$/);
    expect(item.target.selector.map((s: { type: string }) => s.type)).toEqual(["TextQuoteSelector", "TextPositionSelector"]);
    expect(item.body).toEqual(expect.arrayContaining([{ type: "TextualBody", purpose: "commenting", value: "HQ says San Antonio failed", format: "text/plain" }]));

    const other = join(dir, "other-reader.casemark");
    cli(["new", other]);
    cli(["import", other, SAMPLE_DIR]);
    const imported = cli(["import-annotations", other, out, "--json"]);
    expect(imported.code).toBe(0);
    expect(imported.json(), imported.stdout).toMatchObject({ imported: expect.any(Array), duplicate: [], notPlaced: [] });
    const back = cli(["annotations", other, "--json"]).json() as { quote: string; tags: string[]; note: string }[];
    const original = cli(["annotations", casePath, "--json"]).json() as { quote: string; tags: string[]; note: string }[];
    expect(back.map((a) => [a.quote, a.tags, a.note])).toEqual(original.map((a) => [a.quote, a.tags, a.note]));
    expect(cli(["import-annotations", other, out, "--json"]).json()).toMatchObject({ imported: [], duplicate: expect.arrayContaining([expect.any(String)]) });
  });

  it("refuses an unknown format and a file that is not JSON", () => {
    expect(cli(["export", casePath, "--format", "docx", "--out", join(dir, "x")]).code).toBe(2);
    const junk = join(dir, "junk.json");
    writeFileSync(junk, "{not json");
    const run = cli(["import-annotations", casePath, junk]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read .* as JSON/);
  });
});

describe("casemark verify and unusable case files", () => {
  it("verifies a sound case", () => {
    const run = cli(["verify", casePath, "--json"]);
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({ ok: true, problems: [] });
  });

  it("refuses files that are not cases with exit 2 and a clear message, leaving them as they were", () => {
    const text = join(dir, "notes.txt");
    writeFileSync(text, "meeting notes\n");
    for (const [path, message] of [
      [text, /not a Casemark case file \(it is not an SQLite database\)/],
      [join(dir, "nowhere.casemark"), /No case file at/],
    ] as const) {
      const run = cli(["docs", path]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
    expect(readFileSync(text, "utf8")).toBe("meeting notes\n");
    expect(existsSync(join(dir, "nowhere.casemark"))).toBe(false);
  });

  it("reads a read-only case and refuses to change it", () => {
    const locked = join(dir, "locked.casemark");
    copyFileSync(casePath, locked);
    chmodSync(locked, 0o444);
    expect(cli(["docs", locked, "--json"]).code).toBe(0);
    const run = cli(["tags", "add", locked, "new tag"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/read-only/);
  });

  it("explains bad usage with exit 2", () => {
    const run = cli(["annotate", casePath]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/required option/);
    expect(cli(["frobnicate"]).code).toBe(2);
    const help = cli(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["new", "import", "docs", "messages", "search", "annotate", "annotations", "tags", "export", "import-annotations", "verify", "sample"]) {
      expect(help.stdout).toMatch(new RegExp(`\\n  ${command}\\b`));
    }
  });
});
