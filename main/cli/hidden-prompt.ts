// Asks a question on the terminal and reads the answer without echoing it (for passphrases).
import { UsageError } from "./exit";

export interface Terminal {
  input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?(mode: boolean): unknown };
  output: NodeJS.WritableStream;
}

const ENTER = new Set(["\r", "\n"]);
const BACKSPACE = new Set(["\u007f", "\b"]);
const CTRL_C = "\u0003";
const CTRL_D = "\u0004";
const CTRL_U = "\u0015";
const ESCAPE = "\u001b";

/** Reads one line with echo off; Ctrl+C or Ctrl+D (on an empty line) cancels with a UsageError. */
export function askHidden(question: string, terminal: Terminal): Promise<string> {
  const { input, output } = terminal;
  return new Promise((resolve, reject) => {
    let answer: string[] = [];
    let inEscape = false;
    const finish = (error: Error | null) => {
      input.removeListener("data", onData);
      input.setRawMode?.(false);
      input.pause();
      output.write("\n");
      if (error) reject(error);
      else resolve(answer.join(""));
    };
    const onData = (chunk: Buffer | string) => {
      // Code points, so a backspace removes a whole character, accented or not.
      for (const ch of String(chunk)) {
        if (inEscape) {
          // Arrow and function keys: ESC [ … letter. None of them is part of a passphrase.
          if (/[A-Za-z~]/.test(ch)) inEscape = false;
          continue;
        }
        if (ENTER.has(ch)) return finish(null);
        if (ch === CTRL_C || (ch === CTRL_D && answer.length === 0)) return finish(new UsageError("cancelled: no passphrase was given"));
        if (BACKSPACE.has(ch)) answer.pop();
        else if (ch === CTRL_U) answer = [];
        else if (ch === ESCAPE) inEscape = true;
        else if (ch >= " ") answer.push(ch);
      }
    };
    output.write(question);
    input.setRawMode?.(true);
    input.setEncoding?.("utf8");
    input.on("data", onData);
    input.resume();
  });
}
