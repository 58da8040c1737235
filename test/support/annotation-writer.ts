// A child process for the crash tests: changes highlights through the window's own service (create,
// re-tag, note edits, delete, link, highlight all hits, undo, redo) until it is killed, and says on
// stdout, line by line and synchronously, what each change does before it commits and when it has.
//
//   node --import tsx test/support/annotation-writer.ts <case> <seed>
//
// Lines (JSON, one per line, written with writeSync so a line is in the pipe before the next step):
//   {"ready":true}
//   {"begin":n,"op":"create"}                            — change n's transaction has started
//   {"pending":n,"seq":S,"changes":{id: view | null}}    — inside it, just before COMMIT: what it changed
//   {"committed":n}                                      — COMMIT returned
//   {"skipped":n,"reason":"…"}                           — the change was refused and rolled back
import { writeSync } from "node:fs";
import type { AnnotationView } from "../../shared/model";
import { createCaseService } from "../../main/ipc/service";
import { listAnnotations } from "../../main/store/annotations";
import { openCase } from "../../main/store/case-file";
import { CaseError } from "../../main/store/case-error";
import { documentText, listDocuments } from "../../main/store/documents";
import { random } from "./generate-mbox";

const [casePath, seedArg] = process.argv.slice(2);
if (!casePath) throw new Error("usage: annotation-writer.ts <case> <seed>");
const rnd = random(Number(seedArg ?? 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const say = (line: object) => writeSync(1, `${JSON.stringify(line)}\n`);

const c = openCase(casePath, { actor: "crash-writer" });
const service = createCaseService(c);
const TAGS = ["order", "response", "failure report"] as const;
const RELATIONS = ["responds to", "fulfils", "reports failure of", "contradicts"] as const;
const documents = listDocuments(c).map((d) => ({ id: d.id, text: documentText(c, d.id) }));

const snapshot = () => new Map(listAnnotations(c).map((a) => [a.id, a]));
const auditSeq = () => (c.db.prepare("SELECT coalesce(max(seq), 0) AS n FROM audit_log").get() as { n: number }).n;

function someTags(): string[] {
  return TAGS.filter(() => rnd() < 0.4);
}

/** A note as the window's editor saves it: bold text, a bullet list, a second paragraph. */
function richNote(words: string): string {
  const text = (t: string, format = 0) => ({ type: "text", text: t, detail: 0, format, mode: "normal", style: "", version: 1 });
  const block = { direction: null, format: "", indent: 0, version: 1 };
  return JSON.stringify({
    root: {
      type: "root",
      ...block,
      children: [
        { type: "paragraph", ...block, textFormat: 0, textStyle: "", children: [text("Why: ", 1), text(words)] },
        { type: "list", ...block, listType: "bullet", start: 1, tag: "ul", children: [{ type: "listitem", ...block, value: 1, children: [text(`see ${words.split(" ")[0]}`)] }] },
      ],
    },
  });
}

function randomWords(): string {
  const d = pick(documents);
  const at = Math.floor(rnd() * Math.max(1, d.text.length - 40));
  return d.text.slice(at, at + 5 + Math.floor(rnd() * 35)).replace(/\s+/g, " ").trim() || "note";
}

type Op = "create" | "retag" | "note" | "delete" | "link" | "unlink" | "highlight-all" | "undo" | "redo";

function chooseOp(count: number): Op {
  if (count < 3) return "create";
  // Keeps the case between a few dozen and a few hundred highlights, every kind of change mixed in.
  const weights: [Op, number][] = [
    ["create", count > 300 ? 5 : 25],
    ["retag", 15],
    ["note", 15],
    ["delete", count > 300 ? 30 : 10],
    ["link", 6],
    ["unlink", 3],
    ["highlight-all", count > 300 ? 0 : 3],
    ["undo", 14],
    ["redo", 6],
  ];
  let r = rnd() * weights.reduce((n, [, w]) => n + w, 0);
  for (const [op, w] of weights) if ((r -= w) < 0) return op;
  return "create";
}

function run(op: Op, existing: AnnotationView[]): void {
  const one = () => pick(existing);
  switch (op) {
    case "create": {
      const d = pick(documents);
      const start = Math.floor(rnd() * (d.text.length - 1));
      const end = Math.min(d.text.length, start + 1 + Math.floor(rnd() * 120));
      const note = rnd() < 0.3 ? (rnd() < 0.5 ? { note: randomWords() } : { noteJson: richNote(randomWords()) }) : {};
      service.createAnnotation({ documentId: d.id, start, end, tags: someTags(), ...note });
      return;
    }
    case "retag":
      service.updateAnnotation({ id: one().id, tags: someTags() });
      return;
    case "note": {
      const r = rnd();
      service.updateAnnotation({ id: one().id, ...(r < 0.2 ? { note: "" } : r < 0.6 ? { note: randomWords() } : { noteJson: richNote(randomWords()) }) });
      return;
    }
    case "delete":
      service.deleteAnnotation({ id: one().id });
      return;
    case "link": {
      const [from, to] = [one(), one()];
      if (from.id === to.id) throw new CaseError("invalid", "the same highlight twice");
      service.linkAnnotations({ from: from.id, to: to.id, relation: pick(RELATIONS) });
      return;
    }
    case "unlink": {
      const linked = existing.filter((a) => (a.links ?? []).length > 0);
      if (linked.length === 0) throw new CaseError("invalid", "no links yet");
      service.unlinkAnnotations({ id: pick(pick(linked).links ?? []).id });
      return;
    }
    case "highlight-all": {
      const word = randomWords().split(" ").find((w) => /^[A-Za-z]{5,}$/.test(w));
      if (!word) throw new CaseError("invalid", "no word to search for");
      service.highlightAllHits({ query: word, tags: someTags() });
      return;
    }
    case "undo":
      if ((service.undo({}) as { undone: string | null }).undone === null) throw new CaseError("invalid", "nothing to undo");
      return;
    case "redo":
      if ((service.redo({}) as { redone: string | null }).redone === null) throw new CaseError("invalid", "nothing to redo");
      return;
  }
}

let before = snapshot();
say({ ready: true });
for (let n = 1; ; n++) {
  const op = chooseOp(before.size);
  let after = before;
  try {
    // The service's own writes become savepoints of this transaction, so the whole change and the
    // line saying what it did are one unit: the line is in the pipe before COMMIT is attempted.
    c.db
      .transaction(() => {
        say({ begin: n, op });
        run(op, [...before.values()]);
        after = snapshot();
        const changes: Record<string, AnnotationView | null> = {};
        for (const [id, a] of after) if (JSON.stringify(before.get(id)) !== JSON.stringify(a)) changes[id] = a;
        for (const id of before.keys()) if (!after.has(id)) changes[id] = null;
        say({ pending: n, seq: auditSeq(), changes });
      })
      .immediate();
  } catch (error) {
    if (!(error instanceof CaseError)) throw error;
    say({ skipped: n, reason: error.message });
    continue;
  }
  say({ committed: n });
  before = after;
}
