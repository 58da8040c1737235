// Encryption at rest: an encrypted case is unreadable without its passphrase (by plain SQLite too, and
// not a word of it in the file's bytes), a wrong passphrase changes nothing, the passphrase can be
// changed, a plain case can be encrypted in place (and then searched and exported), and its backups are encrypted.
import Database from "better-sqlite3-multiple-ciphers";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportAnnotatedPdf } from "../../../main/export/annotated-pdf";
import { evidenceCsv, evidenceRows } from "../../../main/export/evidence-table";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { buildSampleCase } from "../../../main/sample-case";
import { createAnnotation, listAnnotations } from "../../../main/store/annotations";
import { backupCase } from "../../../main/store/backup";
import { caseMeta, closeCase, createCase, isEncryptedFile, openCase } from "../../../main/store/case-file";
import { classifyHeader } from "../../../main/store/cipher";
import { changePassphrase, encryptCase } from "../../../main/store/encryption";
import { searchCase } from "../../../main/store/search";
import { verifyCase } from "../../../main/store/verify";
import { write } from "../../../main/store/write";
import { highlightsIn } from "../export/pdf-tools";
import { tempDir } from "../../support/temp";
import { addTextDocument } from "./documents-fixture";

const PASSPHRASE = "correct horse battery staple";
/** Words that appear nowhere but in the document the tests put in the case. */
const SECRET = "Informant Zebulon Quillfeather met the agent at Pier 39";
const QPDF = spawnSync("qpdf", ["--version"]).status === 0;

let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 1 });
});
afterAll(() => host.close());

const sha = (path: string) => (existsSync(path) ? createHash("sha256").update(readFileSync(path)).digest("hex") : "absent");

/** A case (encrypted when given a passphrase) holding the secret document with one highlight; closed. */
function caseWithSecret(passphrase?: string): string {
  const path = join(tempDir(), "release.casemark");
  const c = createCase(path, { title: "Witness statements", actor: "tester", ...(passphrase ? { passphrase } : {}) });
  const id = addTextDocument(c, `${SECRET}. He handed over the ledger.`, "statement.txt");
  write(c, () => createAnnotation(c, { documentId: id, start: 0, end: 28, tags: ["order"], note: "Corroborate with the ledger" }));
  closeCase(c);
  return path;
}

/** Opens with plain SQLite: no key, as any other program would. */
function readWithoutKey(path: string): unknown {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM sqlite_schema").get();
  } finally {
    db.close();
  }
}

describe("an encrypted case", () => {
  it("cannot be read by plain SQLite, and its bytes hold no word of its documents, title or notes", () => {
    const path = caseWithSecret(PASSPHRASE);
    expect(isEncryptedFile(path)).toBe(true);
    expect(() => readWithoutKey(path)).toThrowError(expect.objectContaining({ code: "SQLITE_NOTADB" }));
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 16).toString("latin1")).not.toBe("SQLite format 3\u0000");
    for (const words of ["Zebulon Quillfeather", "Witness statements", "Corroborate with the ledger", "statement.txt"]) {
      expect(bytes.includes(Buffer.from(words)), words).toBe(false);
    }
    expect(existsSync(`${path}-wal`)).toBe(false);

    // The same case, plain: the words are there to find, so the checks above can fail.
    const plain = readFileSync(caseWithSecret());
    expect(plain.includes(Buffer.from("Zebulon Quillfeather"))).toBe(true);
    expect(plain.includes(Buffer.from("Witness statements"))).toBe(true);
  });

  it("keeps its write-ahead log encrypted while it is open", () => {
    const path = caseWithSecret(PASSPHRASE);
    const c = openCase(path, { passphrase: PASSPHRASE });
    addTextDocument(c, "Second statement by Ottoline Brackenridge", "second.txt");
    expect(readFileSync(`${path}-wal`).includes(Buffer.from("Ottoline Brackenridge"))).toBe(false);
    closeCase(c);
  });

  it("opens with its passphrase, and with the passphrase's letters however their accents are composed", () => {
    const path = join(tempDir(), "accents.casemark");
    closeCase(createCase(path, { title: "Café", passphrase: "Grüße aus Köln" }));
    const c = openCase(path, { passphrase: "Grüße aus Köln".normalize("NFD") });
    expect(c.encrypted).toBe(true);
    expect(caseMeta(c).title).toBe("Café");
    closeCase(c);
  });

  it("asks for a passphrase, and refuses a wrong one clearly without changing the file or its log", () => {
    const path = caseWithSecret(PASSPHRASE);
    // Leave committed changes in the -wal, as a crash would: a wrong passphrase must not lose them.
    const writer = spawnSync(
      process.execPath,
      [
        "-e",
        `const db = new (require("better-sqlite3-multiple-ciphers"))(process.argv[1]);
         db.pragma("cipher = 'chacha20'"); db.key(Buffer.from(process.argv[2]));
         db.pragma("journal_mode = WAL");
         db.prepare("INSERT INTO case_meta (key, value) VALUES ('only-in-the-wal', 'yes')").run();
         process.exit(0);`,
        path,
        PASSPHRASE,
      ],
      { encoding: "utf8" },
    );
    expect(writer.status, writer.stderr).toBe(0);
    expect(existsSync(`${path}-wal`)).toBe(true);
    const before = [sha(path), sha(`${path}-wal`)];

    expect(() => openCase(path)).toThrowError(expect.objectContaining({ code: "needs-passphrase", message: expect.stringMatching(/encrypted case: its passphrase is needed/) }));
    expect(() => openCase(path, { passphrase: "correct horse battery stapler" })).toThrowError(
      expect.objectContaining({ code: "wrong-passphrase", message: expect.stringMatching(/^Wrong passphrase for .*release\.casemark.*Nothing was changed\.$/) }),
    );
    expect(() => openCase(path, { passphrase: "wrong", readonly: true })).toThrowError(expect.objectContaining({ code: "wrong-passphrase" }));
    expect([sha(path), sha(`${path}-wal`)]).toEqual(before);

    const c = openCase(path, { passphrase: PASSPHRASE });
    expect(caseMeta(c)["only-in-the-wal"]).toBe("yes");
    expect(verifyCase(c).ok).toBe(true);
    closeCase(c);
  });

  it("never opens a file that is neither a plain nor an encrypted SQLite database", () => {
    const path = join(tempDir(), "noise.casemark");
    writeFileSync(path, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 251)));
    expect(classifyHeader(readFileSync(path).subarray(0, 100)).kind).toBe("other");
    expect(() => openCase(path, { passphrase: PASSPHRASE })).toThrowError(expect.objectContaining({ code: "not-a-case" }));
  });

  it("refuses an empty passphrase", () => {
    expect(() => createCase(join(tempDir(), "empty.casemark"), { passphrase: "  " })).toThrowError(expect.objectContaining({ code: "invalid" }));
  });
});

describe("changing the passphrase", () => {
  it("re-encrypts the case: the old passphrase no longer opens it, the new one opens it whole", () => {
    const path = caseWithSecret(PASSPHRASE);
    const result = changePassphrase(path, PASSPHRASE, "a new and longer passphrase");
    expect(result.verify.ok).toBe(true);
    expect(() => openCase(path, { passphrase: PASSPHRASE })).toThrowError(expect.objectContaining({ code: "wrong-passphrase" }));
    const c = openCase(path, { passphrase: "a new and longer passphrase" });
    expect(listAnnotations(c).map((a) => [a.quote, a.note])).toEqual([[SECRET.slice(0, 28), "Corroborate with the ledger"]]);
    expect(c.db.prepare("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").pluck().get()).toBe("case.passphrase");
    closeCase(c);
    expect(readdirSync(join(path, ".."))).toEqual(["release.casemark"]);
  });

  it("needs the current passphrase, and changes nothing without it", () => {
    const path = caseWithSecret(PASSPHRASE);
    const before = sha(path);
    expect(() => changePassphrase(path, "not it", "next")).toThrowError(expect.objectContaining({ code: "wrong-passphrase" }));
    expect(sha(path)).toBe(before);
  });

  it("is refused while the case is open elsewhere, leaving it as it was", () => {
    const path = caseWithSecret(PASSPHRASE);
    const app = openCase(path, { passphrase: PASSPHRASE });
    try {
      const before = sha(path);
      expect(() => changePassphrase(path, PASSPHRASE, "next")).toThrowError(expect.objectContaining({ code: "busy", message: expect.stringMatching(/close it there/) }));
      expect(sha(path)).toBe(before);
      expect(caseMeta(app).title).toBe("Witness statements");
    } finally {
      closeCase(app);
    }
    expect(readdirSync(join(path, "..")).filter((name) => name.includes("encrypting"))).toEqual([]);
  });
});

describe("encrypting an existing case", () => {
  it("encrypts it in place; it is then searched and exported as before", async () => {
    const path = join(tempDir(), "sample.casemark");
    const plain = createCase(path, { title: "Sample, then encrypted", actor: "tester" });
    await buildSampleCase(plain, host);
    const textId = addTextDocument(plain, `${SECRET}. He handed over the ledger.`, "statement.txt");
    write(plain, () => createAnnotation(plain, { documentId: textId, start: 0, end: 28, tags: ["failure report"], note: "Check the pier" }));
    const highlights = listAnnotations(plain).length;
    const hits = searchCase(plain, "failed tasking").length;
    closeCase(plain);
    expect(readFileSync(path).includes(Buffer.from("Zebulon Quillfeather"))).toBe(true);

    const result = encryptCase(path, PASSPHRASE);
    expect(result.verify).toMatchObject({ ok: true, problems: [] });
    expect(result.verify.checked.documents).toBeGreaterThan(5);
    expect(readdirSync(join(path, ".."))).toEqual(["sample.casemark"]);
    expect(isEncryptedFile(path)).toBe(true);
    expect(readFileSync(path).includes(Buffer.from("Zebulon Quillfeather"))).toBe(false);
    expect(() => readWithoutKey(path)).toThrow();

    const c = openCase(path, { passphrase: PASSPHRASE });
    try {
      expect(listAnnotations(c)).toHaveLength(highlights);
      expect(searchCase(c, "failed tasking")).toHaveLength(hits);
      expect(hits).toBeGreaterThan(0);
      expect(searchCase(c, "Quillfeather").map((h) => h.documentId)).toContain(textId);

      const rows = parse(evidenceCsv(evidenceRows(c)).slice(1), { columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(highlights);
      expect(rows.find((r) => r.Note === "Check the pier")).toMatchObject({ Quote: SECRET.slice(0, 28), Tags: "failure report" });

      const pdf = join(tempDir(), "statement.pdf");
      const written = await exportAnnotatedPdf(c, host, textId, pdf);
      expect(written.highlights).toBe(1);
      expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      if (QPDF) expect(highlightsIn(pdf).map((h) => h.contents)).toEqual([expect.stringContaining("Check the pier")]);
      expect(c.db.prepare("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").pluck().get()).toBe("case.encrypt");
    } finally {
      closeCase(c);
    }
  });

  it("refuses a case that is already encrypted, or read-only, and changes nothing", () => {
    const path = caseWithSecret(PASSPHRASE);
    const before = sha(path);
    expect(() => encryptCase(path, "another")).toThrowError(expect.objectContaining({ code: "invalid", message: expect.stringMatching(/already encrypted/) }));
    expect(sha(path)).toBe(before);
    const plain = caseWithSecret();
    expect(() => changePassphrase(plain, "x", "y")).toThrowError(expect.objectContaining({ code: "invalid", message: expect.stringMatching(/not encrypted/) }));
    chmodSync(plain, 0o444);
    const plainBefore = sha(plain);
    expect(() => encryptCase(plain, PASSPHRASE)).toThrowError(expect.objectContaining({ code: "read-only" }));
    expect(sha(plain)).toBe(plainBefore);
    expect(isEncryptedFile(plain)).toBe(false);
  });

  it("is refused while the case is open elsewhere, leaving the plain case whole", () => {
    const path = caseWithSecret();
    const app = openCase(path);
    try {
      expect(() => encryptCase(path, PASSPHRASE)).toThrowError(expect.objectContaining({ code: "busy" }));
      expect(isEncryptedFile(path)).toBe(false);
      expect(listAnnotations(app)).toHaveLength(1);
    } finally {
      closeCase(app);
    }
    const c = openCase(path);
    expect(verifyCase(c).ok).toBe(true);
    closeCase(c);
  });
});

describe("backing up an encrypted case", () => {
  it("writes an encrypted copy that verifies and opens with the same passphrase", async () => {
    const path = caseWithSecret(PASSPHRASE);
    const c = openCase(path, { passphrase: PASSPHRASE, readonly: true });
    const dest = join(tempDir(), "copy.casemark");
    try {
      const result = await backupCase(c, dest);
      expect(result.verify).toMatchObject({ ok: true, problems: [] });
    } finally {
      closeCase(c);
    }
    expect(readdirSync(join(dest, ".."))).toEqual(["copy.casemark"]);
    expect(isEncryptedFile(dest)).toBe(true);
    expect(readFileSync(dest).includes(Buffer.from("Zebulon Quillfeather"))).toBe(false);
    expect(() => readWithoutKey(dest)).toThrow();
    expect(() => openCase(dest)).toThrowError(expect.objectContaining({ code: "needs-passphrase" }));
    const copy = openCase(dest, { passphrase: PASSPHRASE, readonly: true });
    expect(listAnnotations(copy).map((a) => a.note)).toEqual(["Corroborate with the ledger"]);
    closeCase(copy);
  });
});
