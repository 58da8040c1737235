// Benchmark: importing a generated FOIA-like mbox into a case, against raw parsing plus a raw FTS5
// insert of the same mail, and `notmuch new` on the same messages as a maildir when notmuch is installed.
import Database from "better-sqlite3-multiple-ciphers";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { importPaths } from "../../main/import/import-files";
import { warmHost } from "./measure";
import { splitMbox, unescapeMboxrd } from "../../main/jobs/mbox-split";
import { closeCase, createCase } from "../../main/store/case-file";
import { messages, writeMbox } from "../support/generate-mbox";
import { measure, median, type Measurement } from "./measure";
import { runTool, type Tools } from "./tools";

export interface MboxRow {
  tool: string;
  messages: number;
  seconds: number;
  messagesPerSecond: number;
  peakRssMb: number | null;
}

function row(tool: string, count: number, runs: Measurement[]): MboxRow {
  const seconds = median(runs.map((r) => r.seconds));
  const peak = Math.max(...runs.map((r) => r.peakRssMb));
  return { tool, messages: count, seconds, messagesPerSecond: count / seconds, peakRssMb: Number.isFinite(peak) ? peak : null };
}

/** Imports into a new case; `keepAt` keeps that case (for the search benchmark), else it is removed. */
async function casemarkImport(dir: string, mbox: string, keepAt?: string): Promise<Measurement> {
  const path = keepAt ?? join(dir, `bench-${Date.now()}.casemark`);
  const c = createCase(path);
  const host = await warmHost();
  try {
    return await measure(async () => {
      const [result] = await importPaths(c, [mbox], { host });
      if (result?.status !== "imported") throw new Error(`bench import failed: ${JSON.stringify(result)}`);
    });
  } finally {
    await host.close();
    closeCase(c);
    if (!keepAt) {
      rmSync(path, { force: true });
      rmSync(`${path}-wal`, { force: true });
      rmSync(`${path}-shm`, { force: true });
    }
  }
}

/** The floor: parse every message in this thread and insert its text into a bare FTS5 table, one transaction. */
async function rawParseAndFts(dir: string, mbox: string): Promise<Measurement> {
  const path = join(dir, `raw-${Date.now()}.sqlite`);
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE VIRTUAL TABLE t USING fts5(body, subject, people)");
  const insert = db.prepare("INSERT INTO t VALUES (?, ?, ?)");
  try {
    return await measure(async () => {
      db.exec("BEGIN");
      for await (const m of splitMbox(mbox)) {
        const email = await PostalMime.parse(unescapeMboxrd(m.bytes));
        insert.run(email.text ?? "", email.subject ?? "", `${email.from?.name ?? ""} ${email.from?.address ?? ""}`);
      }
      db.exec("COMMIT");
    });
  } finally {
    db.close();
    rmSync(path, { force: true });
  }
}

function notmuchNew(tools: Tools, dir: string, count: number, seed: number): Measurement {
  const maildir = join(dir, "maildir");
  rmSync(maildir, { recursive: true, force: true });
  for (const sub of ["cur", "new", "tmp"]) mkdirSync(join(maildir, sub), { recursive: true });
  let i = 0;
  for (const raw of messages(count, seed)) writeFileSync(join(maildir, "cur", `${i++}.bench:2,S`), raw);
  const config = join(dir, "notmuch-config");
  writeFileSync(config, `[database]\npath=${maildir}\n[user]\nname=Bench\nprimary_email=bench@example.org\n[new]\ntags=unread;inbox;\n[search]\nexclude_tags=\n`);
  const run = runTool(tools, "notmuch", ["--config", config, "new", "--quiet"]);
  return { seconds: run.seconds, peakRssMb: run.peakRssMb ?? NaN };
}

/** Where the benchmark writes its generated mbox of `count` messages (kept for the memory benchmark). */
export const mboxPath = (dir: string, count: number) => join(dir, `release-${count}.mbox`);

/** With `keepCaseAt`, the last casemark run's case stays there for the search benchmark. */
export async function benchMboxImport(tools: Tools, dir: string, count: number, runs: number, keepCaseAt?: string): Promise<MboxRow[]> {
  const seed = 2017;
  const mbox = mboxPath(dir, count);
  await writeMbox(mbox, count, seed);
  const casemark: Measurement[] = [];
  const raw: Measurement[] = [];
  for (let i = 0; i < runs; i++) {
    casemark.push(await casemarkImport(dir, mbox, i === runs - 1 ? keepCaseAt : undefined));
    raw.push(await rawParseAndFts(dir, mbox));
  }
  const rows = [row("casemark import (.mbox → case)", count, casemark), row("raw postal-mime parse + FTS5 insert", count, raw)];
  if (tools.notmuch.present) rows.push(row("notmuch new (same mail as maildir)", count, [notmuchNew(tools, dir, count, seed)]));
  else rows.push({ tool: "notmuch new: not installed (apt-get install notmuch)", messages: count, seconds: NaN, messagesPerSecond: NaN, peakRssMb: null });
  return rows;
}
