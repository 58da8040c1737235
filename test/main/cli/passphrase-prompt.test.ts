// The passphrase prompt: nothing echoed, editing keys honoured, Ctrl+C cancels; three tries at a
// wrong passphrase; a new passphrase typed twice must match. Driven through a stand-in terminal.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { askHidden, type Terminal } from "../../../main/cli/hidden-prompt";
import { choosePassphrase, unlockWithPassphrase } from "../../../main/cli/passphrase";
import { CaseError } from "../../../main/store/case-error";

/** A terminal whose keys are typed one answer at a time, as soon as the prompt asks. */
function terminal(answers: string[]): Terminal & { shown: () => string; raw: boolean[] } {
  const input = Object.assign(new PassThrough(), { isTTY: true, raw: [] as boolean[], setRawMode: (mode: boolean) => void raw.push(mode) });
  const raw = input.raw;
  const output = new PassThrough();
  let shown = "";
  output.on("data", (chunk: Buffer) => {
    shown += chunk.toString();
    // Each question ends with ": "; answer it on the next turn, as a person would.
    if (shown.endsWith(": ") && answers.length > 0) {
      const keys = answers.shift()!;
      setImmediate(() => input.write(keys));
    }
  });
  return { input, output, shown: () => shown, raw };
}

describe("askHidden", () => {
  it("reads a line without echoing it, with Backspace and Ctrl+U, ignoring arrow keys", async () => {
    const t = terminal(["wrong\u0015pass\u007fs\u001b[Dw0rd ünd mehr\r"]);
    await expect(askHidden("Passphrase: ", t)).resolves.toBe("passw0rd ünd mehr");
    expect(t.shown()).toBe("Passphrase: \n");
    expect(t.raw).toEqual([true, false]);
  });

  it("cancels on Ctrl+C", async () => {
    await expect(askHidden("Passphrase: ", terminal(["abc\u0003"]))).rejects.toThrow(/cancelled/);
  });
});

describe("unlockWithPassphrase", () => {
  const wrong = () => new CaseError("wrong-passphrase", "Wrong passphrase");
  const unlock = (p: string) => {
    if (p !== "right") throw wrong();
    return "opened";
  };

  it("uses CASEMARK_PASSPHRASE once, without asking", async () => {
    const t = terminal([]);
    await expect(unlockWithPassphrase("a.casemark", unlock, { env: { CASEMARK_PASSPHRASE: "right" }, terminal: t })).resolves.toBe("opened");
    await expect(unlockWithPassphrase("a.casemark", unlock, { env: { CASEMARK_PASSPHRASE: "nope" }, terminal: t })).rejects.toMatchObject({ code: "wrong-passphrase" });
    expect(t.shown()).toBe("");
  });

  it("asks on a terminal, up to three times", async () => {
    const t = terminal(["no\r", "right\r"]);
    await expect(unlockWithPassphrase("/cases/a.casemark", unlock, { env: {}, terminal: t })).resolves.toBe("opened");
    expect(t.shown()).toBe("Passphrase for a.casemark: \ncasemark: that passphrase does not unlock the case; try again.\nPassphrase for a.casemark: \n");
    const three = terminal(["a\r", "b\r", "c\r", "right\r"]);
    await expect(unlockWithPassphrase("a.casemark", unlock, { env: {}, terminal: three })).rejects.toMatchObject({ code: "wrong-passphrase" });
  });

  it("refuses to wait for a passphrase where no one can type it", async () => {
    const t = terminal([]);
    t.input.isTTY = false;
    await expect(unlockWithPassphrase("a.casemark", unlock, { env: {}, terminal: t })).rejects.toThrow(/set CASEMARK_PASSPHRASE/);
  });
});

describe("choosePassphrase", () => {
  it("asks twice until both match, and refuses an empty one", async () => {
    const t = terminal(["\r", "one\r", "two\r", "same\r", "same\r"]);
    await expect(choosePassphrase("a.casemark", "CASEMARK_PASSPHRASE", { env: {}, terminal: t })).resolves.toBe("same");
    expect(t.shown().match(/New passphrase/g)).toHaveLength(3);
    expect(t.shown()).toContain("casemark: the passphrase cannot be empty; try again.\n");
    expect(t.shown()).toContain("casemark: the two passphrases do not match; try again.\n");
  });

  it("takes the variable it is given, without asking", async () => {
    const t = terminal([]);
    await expect(choosePassphrase("a.casemark", "CASEMARK_NEW_PASSPHRASE", { env: { CASEMARK_NEW_PASSPHRASE: "fresh" }, terminal: t })).resolves.toBe("fresh");
    expect(t.shown()).toBe("");
  });
});
