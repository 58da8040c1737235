// A full disk and read-only media: the command says what is wrong in a sentence (no stack trace),
// exits 2, and leaves the case as it was — it verifies, nothing is half there, and nothing is left
// under an export's final name. A full disk is a file size limit here (see test/support/limited-cli.ts);
// read-only is a missing write bit, binding root too by running the command without the power to
// override file permissions.
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { explainWriteError, WriteFailed } from "../../main/export/write-atomic";
import { CaseError } from "../../main/store/case-error";
import { closeCase, openCase } from "../../main/store/case-file";
import { verifyCase } from "../../main/store/verify";
import { annotationProblems, documentProblems } from "../support/case-soundness";
import { cli } from "../support/cli";
import { writeMbox } from "../support/generate-mbox";
import { cliLimited } from "../support/limited-cli";
import { tempDir } from "../support/temp";

const MESSAGES = 800;
/** Room for the mbox itself (about 1.2 MB) and a batch or so of its messages, not for all (the case grows to about 5 MB). */
const IMPORT_LIMIT_KIB = 3072;
/** Smaller than a printed email's PDF (about 50 KB) and than a bundle's files, larger than the case's -shm (32 KiB). */
const EXPORT_LIMIT_KIB = 40;
const STACK = /\n\s+at /;
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

let dir: string;
let sample: string;

beforeAll(() => {
  dir = tempDir();
  sample = join(dir, "sample.casemark");
  expect(cli(["sample", sample]).code).toBe(0);
}, 120_000);

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

function expectSound(path: string, where: string): { messages: number; annotations: number } {
  const c = openCase(path, { readonly: true });
  try {
    expect(verifyCase(c), where).toMatchObject({ ok: true, problems: [] });
    expect(documentProblems(c), where).toEqual([]);
    expect(annotationProblems(c), where).toEqual([]);
    const count = (table: string) => (c.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { messages: count("messages"), annotations: count("annotations") };
  } finally {
    closeCase(c);
  }
}

/** A copy of the sample case in a folder of its own. */
function sampleCopy(name: string): { folder: string; path: string } {
  const folder = join(dir, name);
  mkdirSync(folder);
  const path = join(folder, "case.casemark");
  copyFileSync(sample, path);
  return { folder, path };
}

describe("a full disk", () => {
  it("stops an import with a clear message and exit 2; the case keeps what was committed, and importing again with room completes it", async () => {
    const mbox = join(dir, "release.mbox");
    await writeMbox(mbox, MESSAGES, 8);
    const path = join(dir, "import.casemark");
    expect(cli(["new", path]).code).toBe(0);

    const full = cliLimited(["import", path, mbox], { fileSizeKiB: IMPORT_LIMIT_KIB });
    // What the user is told comes from explainSqliteError (main/store/case-error.ts), which turns
    // SQLITE_FULL and SQLITE_IOERR_* into a sentence; soft, so the case is checked whatever it says.
    expect.soft(full.stderr).not.toMatch(STACK);
    expect.soft(full.stderr).toMatch(/^casemark: The case file .+ could not be written[\s\S]*The change being written was not saved; the case holds everything saved before it\./);
    expect.soft(full.code).toBe(2);
    const kept = expectSound(path, "after the import filled the disk");
    expect(kept.messages).toBeGreaterThan(0);
    expect(kept.messages).toBeLessThan(MESSAGES);

    // With room, the import resumes: what was committed is a duplicate, the rest is imported.
    const again = cli(["import", path, mbox, "--json"]);
    expect(again.code, again.stderr).toBe(0);
    const [result] = (again.json() as { results: { messages: { imported: number; duplicate: number; failed: number } }[] }).results;
    expect(result!.messages).toEqual({ imported: MESSAGES - kept.messages, duplicate: kept.messages, failed: 0 });
    expect(expectSound(path, "after importing again").messages).toBe(MESSAGES);
    }, 180_000);

  it("leaves room for the exports below only without the limit: a bundle with room holds files larger than it", () => {
    // The bundle holds the printed PDF of document 1 (what --format pdf --doc 1 writes), so the limit
    // is what stops the two exports below.
    const roomy = join(dir, "roomy-bundle");
    const run = cli(["export", sample, "--format", "bundle", "--out", roomy]);
    expect(run.code, run.stderr).toBe(0);
    const printed = readdirSync(join(roomy, "annotated")).find((n) => n.startsWith("1-"))!;
    expect(statSync(join(roomy, "annotated", printed)).size).toBeGreaterThan(EXPORT_LIMIT_KIB * 1024);
  }, 180_000);

  for (const [format, args, name] of [
    ["an annotated PDF", ["--format", "pdf", "--doc", "1"], "email.pdf"],
    ["a bundle", ["--format", "bundle"], "bundle"],
  ] as const) {
    it(`stops an export of ${format} with a clear message and exit 2, nothing under its name and no temporary left`, () => {
      const folder = join(dir, `export-${name}`);
      mkdirSync(folder);
      const before = sha256(sample);
      const out = join(folder, name);
      const full = cliLimited(["export", sample, ...args, "--out", out], { fileSizeKiB: EXPORT_LIMIT_KIB });
      expect(full.stderr).not.toMatch(STACK);
      expect(full.stderr).toMatch(/^casemark: Cannot write .+: the file is larger than this disk or this system allows \(EFBIG\)\. Nothing was written under /);
      expect(full.code).toBe(2);
      expect(readdirSync(folder)).toEqual([]);
      expect(sha256(sample)).toBe(before);
      expectSound(sample, `after an export of ${format} filled the disk`);
      }, 180_000);
  }
});

describe("read-only media", () => {
  it("a read-only case file refuses changes with a clear message and exit 2, and stays as it was; it still verifies", () => {
    const { path } = sampleCopy("read-only-file");
    chmodSync(path, 0o444);
    const before = sha256(path);
    const annotate = cli(["annotate", path, "--doc", "1", "--quote", "Due Tonight", "--tag", "order"]);
    expect(annotate.stderr).toMatch(/^casemark: The case file .+ is open read-only; changes cannot be saved\.$/m);
    expect(annotate.code).toBe(2);
    const importing = cli(["import", path, join(ROOT, "resources/sample-case/01-hq-due-tonight-for-s1.eml")]);
    expect(importing.stderr).toMatch(/is open read-only; changes cannot be saved/);
    expect(importing.stderr).not.toMatch(STACK);
    expect(importing.code).toBe(2);
    expect(sha256(path)).toBe(before);
    expect(cli(["verify", path]).code).toBe(0);
    expect(expectSound(path, "read-only file").annotations).toBe(8);
  });

  it("a case on a read-only disk (file and folder without write permission) refuses changes with a clear message and exit 2, and stays as it was", () => {
    const { folder, path } = sampleCopy("read-only-disk");
    chmodSync(path, 0o444);
    chmodSync(folder, 0o555);
    const before = sha256(path);
    const annotate = cliLimited(["annotate", path, "--doc", "1", "--quote", "Due Tonight", "--tag", "order"], { unprivileged: true });
    expect(annotate.stderr).not.toMatch(STACK);
    expect(annotate.stderr).toMatch(/^casemark: The case file .+ is (open )?read-only; changes cannot be saved\./m);
    expect(annotate.code).toBe(2);
    expect(readdirSync(folder)).toEqual(["case.casemark"]);
    expect(sha256(path)).toBe(before);
    chmodSync(folder, 0o755);
    expectSound(path, "read-only disk");
  });

  for (const [format, args, name] of [
    ["the evidence table", ["--format", "xlsx"], "evidence.xlsx"],
    ["an annotated PDF", ["--format", "pdf", "--doc", "1"], "email.pdf"],
    ["a bundle", ["--format", "bundle"], "bundle"],
    ["annotated PDFs into a new folder", ["--format", "pdf"], "pdfs"],
  ] as const) {
    it(`an export of ${format} into a read-only folder is refused with a clear message and exit 2, leaving the folder empty`, () => {
      const folder = join(dir, `read-only-export-${name}`);
      mkdirSync(folder, { mode: 0o555 });
      chmodSync(folder, 0o555);
      const run = cliLimited(["export", sample, ...args, "--out", join(folder, name)], { unprivileged: true });
      expect(run.stderr).not.toMatch(STACK);
      expect(run.stderr).toMatch(/^casemark: Cannot write into .+: permission denied \(EACCES\)\. Nothing was written under .+; choose a folder you can write to\.$/m);
      expect(run.code).toBe(2);
      expect(readdirSync(folder)).toEqual([]);
      expect(existsSync(join(folder, name))).toBe(false);
    });
  }
});

describe("write errors in words", () => {
  const error = (code: string) => Object.assign(new Error(`${code}: something, write`), { code });
  it("tells a full disk, a read-only disk, a missing folder and a failing disk apart, and passes anything else through", () => {
    const explained = (code: string): [string, string] => {
      const e = explainWriteError(error(code), "/media/usb/out/evidence.csv");
      if (!(e instanceof CaseError)) throw new Error(`${code} was not explained`);
      return [e.code, e.message];
    };
    expect(explained("ENOSPC")).toEqual(["disk-full", "Cannot write /media/usb/out/evidence.csv: the disk is full (ENOSPC). Nothing was written under evidence.csv; free some space, or export to another disk, and try again."]);
    expect(explained("EDQUOT")[1]).toMatch(/the disk is full \(EDQUOT\)/);
    expect(explained("EROFS")).toEqual(["read-only", "Cannot write into /media/usb/out: it is on a read-only disk (EROFS). Nothing was written under evidence.csv; choose a folder on a writable disk."]);
    expect(explained("EPERM")).toEqual(["read-only", "Cannot write into /media/usb/out: permission denied (EPERM). Nothing was written under evidence.csv; choose a folder you can write to."]);
    expect(explained("ENOENT")[1]).toMatch(/the folder \/media\/usb\/out does not exist/);
    expect(explained("EIO")[1]).toMatch(/input\/output error \(EIO\)/);
    // A file of a bundle being written is told as part of the bundle, not by its temporary folder.
    const inBundle = explainWriteError(error("EFBIG"), join("/out", `bundle.casemark-partial-${process.pid}`, "annotated", "1-order.pdf"));
    expect(inBundle).toBeInstanceOf(WriteFailed);
    expect((inBundle as Error).message).toBe(
      "Cannot write /out/bundle (annotated/1-order.pdf): the file is larger than this disk or this system allows (EFBIG). Nothing was written under bundle; export to another disk, or a smaller selection.",
    );
    const other = error("EEXIST");
    expect(explainWriteError(other, "/x")).toBe(other);
    const already = new CaseError("busy", "already in words");
    expect(explainWriteError(already, "/x")).toBe(already);
  });
});
