import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitMbox, unescapeMboxrd, type MboxMessage } from "../../../main/jobs/mbox-split";
import { tempDir } from "../../support/temp";
import { mboxText, writeMbox } from "../../support/generate-mbox";

async function split(path: string): Promise<MboxMessage[]> {
  const out: MboxMessage[] = [];
  for await (const m of splitMbox(path)) out.push(m);
  return out;
}

function file(content: string | Buffer): string {
  const path = join(tempDir(), "test.mbox");
  writeFileSync(path, content);
  return path;
}

describe("splitMbox", () => {
  it("splits at envelope lines and reports byte ranges that are exactly the stored bytes", async () => {
    const path = file("From a@x Fri Feb 10 10:00:00 2017\nSubject: one\n\nbody one\n\nFrom b@x Sat Feb 11 10:00:00 2017\nSubject: two\n\nbody\n>From here\n\n");
    const all = readFileSync(path);
    const found = await split(path);
    expect(found.map((m) => m.envelope)).toEqual(["From a@x Fri Feb 10 10:00:00 2017", "From b@x Sat Feb 11 10:00:00 2017"]);
    expect(found[0]!.bytes.toString()).toBe("Subject: one\n\nbody one\n");
    expect(found[1]!.bytes.toString()).toBe("Subject: two\n\nbody\n>From here\n");
    for (const m of found) expect(all.subarray(m.offset, m.offset + m.length).equals(m.bytes)).toBe(true);
  });

  it("does not split at a From line inside a paragraph, and handles CRLF files", async () => {
    const path = file("From a@x 2017\r\nSubject: one\r\n\r\nline\r\nFrom the field, a report.\r\n\r\nFrom b@x 2017\r\nSubject: two\r\n\r\nx\r\n");
    const found = await split(path);
    expect(found).toHaveLength(2);
    expect(found[0]!.bytes.toString()).toBe("Subject: one\r\n\r\nline\r\nFrom the field, a report.\r\n");
  });

  it("refuses a file that is not an mbox", async () => {
    await expect(split(file("Subject: hi\n\nbody\n"))).rejects.toThrow(/not an mbox/);
  });

  it("finds every message of a large file read in many chunks", async () => {
    const path = join(tempDir(), "big.mbox");
    await writeMbox(path, 3000);
    const found = await split(path);
    expect(found).toHaveLength(3000);
    expect(found.map((m) => m.index)).toEqual([...Array(3000).keys()]);
    const all = readFileSync(path);
    for (const m of [found[0]!, found[1234]!, found[2999]!]) expect(all.subarray(m.offset, m.offset + m.length).equals(m.bytes)).toBe(true);
    expect(mboxText(3000)).toBe(all.toString());
  });
});

describe("unescapeMboxrd", () => {
  it("removes one level of > quoting from From lines only", () => {
    expect(unescapeMboxrd(Buffer.from(">From a\n>>From b\n> From c\n")).toString()).toBe("From a\n>From b\n> From c\n");
  });
});
