// Decides how to read a file from its name and first bytes: an email saved as .txt (Enron,
// maildir files without extension) is read as an email, an mbox by its "From " line.
import { closeSync, openSync, readSync } from "node:fs";
import { extname } from "node:path";

export type FileFormat = "email" | "mbox" | "text" | "html" | "rtf" | "pdf" | "msg" | "unknown";

/** Bytes sniffed from the start of a file. */
const SNIFF_BYTES = 8192;
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]{0,76}:[ \t]?/;
const MAIL_HEADERS = /^(from|date|message-id|subject|received|return-path|to|mime-version|delivered-to):/i;

export function readHead(path: string): Buffer {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** True when the text opens with an RFC 5322 header block naming at least two mail headers. */
export function looksLikeEmail(head: string): boolean {
  const lines = head.replace(/\r\n/g, "\n").split("\n");
  let mailHeaders = 0;
  for (const [i, line] of lines.entries()) {
    if (line === "") return mailHeaders >= 2;
    if (/^[ \t]/.test(line) && i > 0) continue; // a folded continuation
    if (!HEADER_LINE.test(line)) return false;
    if (MAIL_HEADERS.test(line)) mailHeaders++;
  }
  return mailHeaders >= 2;
}

function looksBinary(head: Buffer): boolean {
  return head.includes(0) && !(head[0] === 0xff && head[1] === 0xfe) && !(head[0] === 0xfe && head[1] === 0xff);
}

export function detectFormat(path: string, head: Buffer): FileFormat {
  const ext = extname(path).toLowerCase();
  const latin = head.toString("latin1");
  if (latin.startsWith("%PDF-") || ext === ".pdf") return "pdf";
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) || ext === ".msg") return "msg";
  if (ext === ".eml") return "email";
  if (/^From \S*/.test(latin) && (ext === ".mbox" || ext === ".mbx" || ext === "" || looksLikeEmail(latin.slice(latin.indexOf("\n") + 1)))) return "mbox";
  if (ext === ".mbox" || ext === ".mbx") return "mbox";
  if (ext === ".html" || ext === ".htm") return "html";
  if (latin.startsWith("{\\rtf") || ext === ".rtf") return "rtf";
  if (looksBinary(head)) return "unknown";
  if (ext === ".eml" || looksLikeEmail(latin)) return "email";
  if ([".txt", ".text", ".md", ".csv", ".tsv", ".log", ""].includes(ext) || /^\.\d+$/.test(ext) || /!2,|,S$/.test(path)) return "text";
  return "unknown";
}
