// Encrypted cases on the command line: `new --encrypt`, every command with CASEMARK_PASSPHRASE, a wrong
// or missing passphrase (exit 2, said plainly), `encrypt` and `passphrase`, and backups. The passphrase
// is never an argument and never printed.
import Database from "better-sqlite3-multiple-ciphers";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLE_DIR } from "../../main/sample-case";
import { isEncryptedFile } from "../../main/store/case-file";
import { cli } from "../support/cli";
import { tempDir } from "../support/temp";

const PASSPHRASE = "correct horse battery staple";
const NEW_PASSPHRASE = "tr0ub4dor & three";
/** What the tests run with: never a passphrase the developer's shell happens to hold. */
const NONE = { CASEMARK_PASSPHRASE: undefined, CASEMARK_NEW_PASSPHRASE: undefined };
const WITH = { ...NONE, CASEMARK_PASSPHRASE: PASSPHRASE };

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

function expectNoPassphraseIn(...outputs: string[]): void {
  for (const output of outputs) {
    expect(output).not.toContain(PASSPHRASE);
    expect(output).not.toContain(NEW_PASSPHRASE);
  }
}

describe("casemark new --encrypt", () => {
  it("creates an encrypted case with CASEMARK_PASSPHRASE that every command opens with it", () => {
    const path = join(tempDir(), "secret.casemark");
    const made = cli(["new", path, "--encrypt", "--title", "Informants", "--json"], { env: WITH });
    expect(made.code, made.stderr).toBe(0);
    expect(made.json()).toMatchObject({ path, title: "Informants", encrypted: true });
    expect(isEncryptedFile(path)).toBe(true);
    expect(readFileSync(path).includes(Buffer.from("Informants"))).toBe(false);

    const imported = cli(["import", path, join(SAMPLE_DIR, "03-sanantonio-fod-failed-tasking.eml"), "--json"], { env: WITH });
    expect(imported.code, imported.stderr).toBe(0);
    const search = cli(["search", path, "failed tasking", "--json"], { env: WITH });
    expect(search.code, search.stderr).toBe(0);
    expect((search.json() as unknown[]).length).toBeGreaterThan(0);
    const verify = cli(["verify", path], { env: WITH });
    expect(verify.code).toBe(0);
    expectNoPassphraseIn(made.stdout, made.stderr, imported.stdout, imported.stderr, search.stdout, verify.stdout);
  });

  it("without a passphrase and without a terminal to ask on, refuses clearly and creates nothing", () => {
    const dir = tempDir();
    const path = join(dir, "x.casemark");
    const run = cli(["new", path, "--encrypt"], { env: NONE });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`casemark: A passphrase is needed to encrypt ${path}: set CASEMARK_PASSPHRASE, or run the command in a terminal to be asked for it.\n`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("opening an encrypted case", () => {
  function encrypted(): string {
    const path = join(tempDir(), "locked.casemark");
    expect(cli(["new", path, "--encrypt", "--title", "Locked"], { env: WITH }).code).toBe(0);
    return path;
  }

  it("with a wrong passphrase: exit 2, the reason on stderr, the file unchanged", () => {
    const path = encrypted();
    const before = sha(path);
    const run = cli(["docs", path], { env: { ...NONE, CASEMARK_PASSPHRASE: "correct horse battery stapler" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^casemark: Wrong passphrase for .*locked\.casemark: it does not unlock this case.*Nothing was changed\.\n$/);
    expect(run.stdout).toBe("");
    expect(sha(path)).toBe(before);
  });

  it("without a passphrase on a non-terminal: exit 2, saying how to give one", () => {
    const path = encrypted();
    const run = cli(["tags", path], { env: NONE });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`casemark: ${path} is encrypted: set CASEMARK_PASSPHRASE to its passphrase, or run the command in a terminal to be asked for it.\n`);
  });

  it("leaves plain cases alone when CASEMARK_PASSPHRASE is set", () => {
    const path = join(tempDir(), "plain.casemark");
    expect(cli(["new", path], { env: WITH }).code).toBe(0);
    expect(isEncryptedFile(path)).toBe(false);
    expect(cli(["tags", path], { env: WITH }).code).toBe(0);
  });
});

describe("casemark encrypt and casemark passphrase", () => {
  it("encrypt a plain case in place, then change its passphrase; backups stay encrypted", () => {
    const dir = tempDir();
    const path = join(dir, "release.casemark");
    expect(cli(["new", path, "--title", "Release"], { env: NONE }).code).toBe(0);
    expect(cli(["import", path, SAMPLE_DIR], { env: NONE }).code).toBe(0);
    const docs = cli(["docs", path, "--json"], { env: NONE }).stdout;

    const encrypt = cli(["encrypt", path, "--json"], { env: WITH });
    expect(encrypt.code, encrypt.stderr).toBe(0);
    expect(encrypt.json()).toMatchObject({ path, encrypted: true, verify: { ok: true } });
    expect(readdirSync(dir)).toEqual(["release.casemark"]);
    expect(isEncryptedFile(path)).toBe(true);
    expect(cli(["docs", path, "--json"], { env: WITH }).stdout).toBe(docs);
    const again = cli(["encrypt", path], { env: WITH });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already encrypted; to change its passphrase, use "casemark passphrase"/);

    const change = cli(["passphrase", path], { env: { ...WITH, CASEMARK_NEW_PASSPHRASE: NEW_PASSPHRASE } });
    expect(change.code, change.stderr).toBe(0);
    expect(change.stdout).toMatch(/^Changed the passphrase of .*release\.casemark/);
    expect(cli(["docs", path], { env: WITH }).code).toBe(2);
    expect(cli(["docs", path, "--json"], { env: { ...NONE, CASEMARK_PASSPHRASE: NEW_PASSPHRASE } }).stdout).toBe(docs);

    const copy = join(tempDir(), "copy.casemark");
    const backup = cli(["backup", path, copy, "--json"], { env: { ...NONE, CASEMARK_PASSPHRASE: NEW_PASSPHRASE } });
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.json()).toMatchObject({ path: copy, verify: { ok: true } });
    expect(isEncryptedFile(copy)).toBe(true);
    expect(cli(["verify", copy], { env: { ...NONE, CASEMARK_PASSPHRASE: NEW_PASSPHRASE } }).code).toBe(0);
    expectNoPassphraseIn(encrypt.stdout, encrypt.stderr, change.stdout, change.stderr, backup.stdout, backup.stderr);
    // A dozen commands one after the other, each a process of its own.
  }, 240_000);

  it("passphrase without a new one on a non-terminal changes nothing", () => {
    const path = join(tempDir(), "x.casemark");
    expect(cli(["new", path, "--encrypt"], { env: WITH }).code).toBe(0);
    const before = sha(path);
    const run = cli(["passphrase", path], { env: WITH });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/set CASEMARK_NEW_PASSPHRASE/);
    expect(sha(path)).toBe(before);
  });

  it("encrypt is refused while another process has the case open, and the case stays plain and whole", () => {
    const path = join(tempDir(), "busy.casemark");
    expect(cli(["new", path, "--title", "Busy"], { env: NONE }).code).toBe(0);
    const app = new Database(path);
    app.pragma("journal_mode = WAL");
    app.prepare("SELECT count(*) FROM case_meta").get();
    try {
      const run = cli(["encrypt", path], { env: WITH });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/is open in Casemark or in another command; close it there, then try again\. Nothing was changed\./);
      expect(isEncryptedFile(path)).toBe(false);
    } finally {
      app.close();
    }
    expect(existsSync(path)).toBe(true);
    expect(cli(["verify", path], { env: NONE }).code).toBe(0);
  });
});
