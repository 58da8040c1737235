// Streams an mbox file into its messages without holding more than one message in memory.
// A separator is a line starting with "From " at the start of the file or after a blank line.
import { createReadStream } from "node:fs";

export interface MboxMessage {
  /** 0-based position in the mbox. */
  index: number;
  /** Byte range of the message itself (without its "From " line) inside the mbox file. */
  offset: number;
  length: number;
  /** The raw bytes of that range, as stored: the document's SHA-256 is taken over them. */
  bytes: Buffer;
  /** The "From " envelope line, e.g. "From alice@example.org Fri Feb 10 16:12:00 2017". */
  envelope: string;
}

const FROM = Buffer.from("From ");
const READ_BYTES = 1024 * 1024;

/** True when a "From " at `at` starts a new message: at the file start or after an empty line. */
function isSeparator(buf: Buffer, at: number, atFileStart: boolean): boolean {
  if (at === 0) return atFileStart;
  if (buf[at - 1] !== 0x0a || at === 1) return false;
  return buf[at - 2] === 0x0a || (buf[at - 2] === 0x0d && at >= 3 && buf[at - 3] === 0x0a);
}

/** Where the blank line before a separator starts (the message ends just before it). */
function blankLineStart(buf: Buffer, separator: number): number {
  return buf[separator - 2] === 0x0d ? separator - 2 : separator - 1;
}

export async function* splitMbox(path: string): AsyncGenerator<MboxMessage> {
  let buf: Buffer = Buffer.alloc(0);
  let base = 0; // file offset of buf[0]
  let current: { index: number; envelope: string; start: number } | null = null; // start is a file offset
  let index = 0;
  let scanFrom = 0;
  let sawFirst = false;

  const emit = (endInBuf: number): MboxMessage => {
    const startInBuf = current!.start - base;
    const bytes = Buffer.from(buf.subarray(startInBuf, endInBuf));
    return { index: current!.index, offset: current!.start, length: bytes.byteLength, bytes, envelope: current!.envelope };
  };

  for await (const chunk of createReadStream(path, { highWaterMark: READ_BYTES })) {
    if (!sawFirst && base === 0 && buf.byteLength === 0 && !(chunk as Buffer).subarray(0, FROM.byteLength).equals(FROM)) {
      throw new Error('this file is not an mbox (it does not start with a "From " line)');
    }
    buf = buf.byteLength === 0 ? (chunk as Buffer) : Buffer.concat([buf, chunk as Buffer]);
    for (;;) {
      const at = buf.indexOf(FROM, scanFrom);
      if (at === -1) {
        scanFrom = Math.max(0, buf.byteLength - FROM.byteLength);
        break;
      }
      const lineEnd = buf.indexOf(0x0a, at);
      if (lineEnd === -1) {
        scanFrom = at; // wait for the rest of the line
        break;
      }
      scanFrom = lineEnd + 1;
      if (!isSeparator(buf, at, base === 0 && !sawFirst)) continue;
      sawFirst = true;
      if (current) yield emit(blankLineStart(buf, at));
      const envelope = buf.toString("latin1", at, lineEnd).replace(/\r$/, "");
      current = { index: index++, envelope, start: base + lineEnd + 1 };
      // Drop what is behind the current message so memory stays flat in the file's size.
      const keepFrom = lineEnd + 1;
      buf = buf.subarray(keepFrom);
      base += keepFrom;
      scanFrom = 0;
    }
  }
  if (current) {
    let end = buf.byteLength;
    // The final blank line closes the mbox format, not the message.
    if (buf[end - 1] === 0x0a && buf[end - 2] === 0x0a) end -= 1;
    else if (buf[end - 1] === 0x0a && buf[end - 2] === 0x0d && buf[end - 3] === 0x0a) end -= 2;
    yield emit(end);
  }
}

/** The message as a mail parser expects it: mboxrd's ">From " quoting undone by one level. */
export function unescapeMboxrd(bytes: Buffer): Buffer {
  if (!/(^|\n)>+From /.test(bytes.toString("latin1"))) return bytes;
  return Buffer.from(bytes.toString("latin1").replace(/(^|\n)>(>*From )/g, "$1$2"), "latin1");
}
