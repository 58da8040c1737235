// The story commands as a user runs them: search filters, links, the chronology, the codebook's
// merge/recolor/key/describe, deleting with --yes, and review marks — JSON shapes and exit codes.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../support/cli";
import { tempDir } from "../support/temp";

let casePath: string;
let highlights: { id: string; documentId: number; quote: string; tags: string[] }[];
const byQuote = (start: string) => highlights.find((h) => h.quote.startsWith(start))!;

beforeAll(() => {
  casePath = join(tempDir(), "sample.casemark");
  expect(cli(["sample", casePath]).code).toBe(0);
  highlights = cli(["annotations", casePath, "--json"]).json() as typeof highlights;
});

interface Hit {
  documentId: number;
  messageId?: number;
  start?: number;
  end?: number;
  matches: { start: number; end: number }[];
  snippet: string;
}

describe("casemark search with filters", () => {
  it("filters by sender, recipient, dates and document, and gives matched ranges", () => {
    const all = cli(["search", casePath, "tasking", "--json"]).json() as Hit[];
    const bram = cli(["search", casePath, "tasking", "--from", "Bram", "--json"]).json() as Hit[];
    expect(bram.length).toBeGreaterThan(0);
    expect(bram.length).toBeLessThan(all.length);
    const messages = cli(["messages", casePath, "--json"]).json() as { id: number; from: string; date: string }[];
    for (const h of bram) expect(messages.find((m) => m.id === h.messageId)!.from).toMatch(/Bram/);
    const day = cli(["search", casePath, "HQ", "--after", "2017-02-12", "--before", "2017-02-12", "--json"]).json() as Hit[];
    expect(day.map((h) => messages.find((m) => m.id === h.messageId)!.date.slice(0, 10))).toEqual(day.map(() => "2017-02-12"));
    const to = cli(["search", casePath, "tasking", "--to", "austin-sddo", "--json"]).json() as Hit[];
    expect(to.length).toBeGreaterThan(0);
    const doc = cli(["search", casePath, "tonight", "--doc", "2", "--json"]).json() as Hit[];
    expect(doc.every((h) => h.documentId === 2)).toBe(true);
    expect(doc[0]!.matches.length).toBeGreaterThan(0);
    expect(cli(["search", casePath, "tasking", "--exemption", "b6"]).stdout.trim()).toBe("No results.");
  });

  it("prints results grouped by message, and refuses bad dates and documents with exit 2", () => {
    const run = cli(["search", casePath, '"failed at this tasking"']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^doc 3 msg 3\n {2}\d+–\d+: .*\[failed at this tasking\]/m);
    const bad = cli(["search", casePath, "x", "--after", "last week"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--after takes a date/);
    const missing = cli(["search", casePath, "x", "--doc", "99"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no document 99/);
  });
});

describe("casemark link, unlink, links and chronology", () => {
  it("links the failure report to the order, refusing duplicates, unknown relations and highlights", () => {
    const order = byQuote("three most egregious cases");
    const report = byQuote("We were pinged");
    const run = cli(["link", casePath, report.id, "reports-failure-of", order.id, "--json"]);
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({ relation: "reports failure of", from: { annotationId: report.id }, to: { annotationId: order.id } });
    const again = cli(["link", casePath, report.id, "reports failure of", order.id]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already reports failure of/);
    const wrong = cli(["link", casePath, report.id, "agrees with", order.id]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/not a relation; use one of: "responds to", "fulfils", "reports failure of", "contradicts"/);
    expect(cli(["link", casePath, report.id, "fulfils", "nope"]).stderr).toMatch(/no annotation nope/);
  });

  it("tells the story in date order with the link, by tag and by person", () => {
    const order = byQuote("three most egregious cases");
    const report = byQuote("We were pinged");
    const story = cli(["chronology", casePath, "--json"]).json() as { annotationId: string; date: string; from: string; subject: string; quote: string; tags: string[]; links: unknown[]; page?: number }[];
    expect(story).toHaveLength(8);
    expect(Object.keys(story[0]!)).toEqual(expect.arrayContaining(["annotationId", "date", "from", "subject", "quote", "tags", "links"]));
    const dates = story.map((e) => Date.parse(e.date));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    const at = (id: string) => story.findIndex((e) => e.annotationId === id);
    expect(at(order.id)).toBeLessThan(at(report.id));
    expect(story[at(report.id)]!.links).toEqual([{ relation: "reports failure of", direction: "outgoing", annotationId: order.id }]);
    expect(story[at(order.id)]!).not.toHaveProperty("page");

    const failures = cli(["chronology", casePath, "--tag", "failure report", "--json"]).json() as { tags: string[] }[];
    expect(failures.map((e) => e.tags)).toEqual([["failure report"], ["failure report"]]);
    const quincy = cli(["chronology", casePath, "--person", "notreal", "--tag", "order", "--json"]).json() as { from: string }[];
    expect(quincy.map((e) => e.from)).toEqual(["Quincy Notreal (Austin AFOD) <austin-afod@example.gov>"]);
    expect(cli(["chronology", casePath]).stdout).toMatch(/^2017-02-11 08:05 {2}Bram Fictus .*\[failure report\].*\n {4}→ reports failure of /m);
  });

  it("lists and removes links", () => {
    const order = byQuote("three most egregious cases");
    const report = byQuote("We were pinged");
    expect((cli(["links", casePath, "--annotation", order.id, "--json"]).json() as unknown[]).length).toBe(1);
    expect(cli(["unlink", casePath, report.id, "reports failure of", order.id]).code).toBe(0);
    expect(cli(["links", casePath]).stdout.trim()).toBe("No links.");
    expect(cli(["unlink", casePath, report.id, "reports failure of", order.id]).code).toBe(2);
  });
});

describe("casemark tags merge, recolor, key, describe and delete", () => {
  it("changes the codebook, keeping every highlight", () => {
    expect(cli(["tags", "add", casePath, "failures", "--json"]).code).toBe(0);
    expect(cli(["annotate", casePath, "--doc", "3", "--quote", "Nothing from our AOR", "--tag", "failures", "--tag", "failure report"]).code).toBe(0);
    const merged = cli(["tags", "merge", casePath, "failures", "failure report", "--json"]);
    expect(merged.code).toBe(0);
    expect(merged.json()).toEqual({ into: "failure report", merged: ["failures"], annotations: 1, added: 0 });
    const list = () => cli(["tags", casePath, "--json"]).json() as { name: string; color: string; key: number | null; count: number; description: string }[];
    expect(list().find((t) => t.name === "failure report")!.count).toBe(3);
    expect(list().some((t) => t.name === "failures")).toBe(false);
  });

  it("recolours, re-keys and describes tags", () => {
    const list = () => cli(["tags", casePath, "--json"]).json() as { name: string; color: string; key: number | null; count: number; description: string }[];
    expect(cli(["tags", "recolor", casePath, "order", "#00AA00", "--json"]).json()).toMatchObject({ name: "order", color: "#00aa00" });
    expect(cli(["tags", "recolor", casePath, "order", "green"]).code).toBe(2);
    expect(cli(["tags", "key", casePath, "response", "1", "--json"]).json()).toMatchObject({ name: "response", key: 1 });
    expect(list().find((t) => t.name === "order")!.key).toBeNull();
    expect(cli(["tags", "key", casePath, "response", "none", "--json"]).json()).toMatchObject({ key: null });
    expect(cli(["tags", "key", casePath, "response", "0"]).stderr).toMatch(/1 to 9, or none/);
    expect(cli(["tags", "describe", casePath, "order", "Who asked whom to do what.", "--json"]).json()).toEqual({ name: "order", description: "Who asked whom to do what." });
  });

  it("deletes a tag highlights carry only with --yes", () => {
    const list = () => cli(["tags", casePath, "--json"]).json() as { name: string }[];
    const refused = cli(["tags", "delete", casePath, "response"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/is on 2 highlight\(s\); run again with --yes/);
    expect(list().some((t) => t.name === "response")).toBe(true);
    expect(cli(["tags", "delete", casePath, "response", "--yes", "--json"]).json()).toEqual({ removed: ["response"], untagged: 2 });
    expect((cli(["annotations", casePath, "--json"]).json() as unknown[]).length).toBe(9);
  });
});

describe("casemark review", () => {
  const progress = () => cli(["review", casePath, "--json"]).json() as { messagesReviewed: number; messages: number; documentsReviewed: number; documents: number; flagged: number };

  it("marks messages and documents, and shows progress", () => {
    expect(progress()).toMatchObject({ messagesReviewed: 0, messages: 6, documentsReviewed: 0, documents: 1, flagged: 0 });
    expect(cli(["review", casePath, "--message", "1", "--reviewed", "--json"]).json()).toMatchObject({ reviewed: true, flagged: false, author: "tester" });
    expect(cli(["review", casePath, "--message", "2", "--reviewed", "--flagged"]).stdout.trim()).toBe("Message 2: reviewed, flagged.");
    expect(cli(["review", casePath, "--doc", "6", "--reviewed", "--json"]).json()).toMatchObject({ reviewed: true });
    expect(progress()).toMatchObject({ messagesReviewed: 2, documentsReviewed: 1, flagged: 1 });
  });

  it("unmarks, lists review state with messages, and refuses what it cannot mark", () => {
    expect(cli(["review", casePath, "--message", "2", "--no-flagged", "--no-reviewed", "--json"]).json()).toMatchObject({ reviewed: false, flagged: false });
    expect(cli(["review", casePath]).stdout.trim()).toBe("1 of 6 messages reviewed; 1 of 1 documents without messages reviewed; 0 flagged.");
    const messages = cli(["messages", casePath, "--json"]).json() as { id: number; reviewed: boolean }[];
    expect(messages.filter((m) => m.reviewed).map((m) => m.id)).toEqual([1]);
    expect(cli(["review", casePath, "--message", "99", "--reviewed"]).stderr).toMatch(/no message 99/);
    expect(cli(["review", casePath, "--reviewed"]).code).toBe(2);
    expect(cli(["review", casePath, "--message", "1", "--doc", "1", "--reviewed"]).code).toBe(2);
  });
});
