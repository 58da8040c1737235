// Writes a memo as DOCX, PDF or Markdown to a path, whole or not at all (write-atomic.ts), for the
// window's exportMemo and `casemark memo export` alike.
import { statSync } from "node:fs";
import type { MemoFormat } from "../../shared/model";
import { writeFileAtomic } from "../export/write-atomic";
import type { Case } from "../store/case-file";
import { memoDocx } from "./memo-docx";
import { memoExportData, type MemoExportData } from "./memo-export-data";
import { memoMarkdown } from "./memo-markdown";
import { memoPdf } from "./memo-pdf";

/** The file name ending of each format. */
export const MEMO_EXTENSIONS: Record<MemoFormat, string> = { docx: ".docx", pdf: ".pdf", md: ".md" };

/** The file of a memo in one format. */
export async function memoFile(data: MemoExportData, format: MemoFormat): Promise<Uint8Array | string> {
  if (format === "docx") return memoDocx(data);
  if (format === "pdf") return memoPdf(data);
  return memoMarkdown(data);
}

/** Writes what memoExportData read, whole or not at all. */
export async function writeMemo(data: MemoExportData, format: MemoFormat, path: string): Promise<{ path: string; bytes: number }> {
  writeFileAtomic(path, await memoFile(data, format));
  return { path, bytes: statSync(path).size };
}

export async function exportMemo(c: Case, id: number, format: MemoFormat, path: string): Promise<{ path: string; bytes: number }> {
  return writeMemo(memoExportData(c, id), format, path);
}

/** A file name for a memo: its title with what file systems refuse taken out, and the format's ending. */
export function memoFileName(title: string, format: MemoFormat): string {
  const safe = [...title]
    .map((ch) => (ch < " " ? " " : ch))
    .join("")
    .replace(/[\\/:*?"<>|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "")
    .slice(0, 120)
    .trim();
  return `${safe || "memo"}${MEMO_EXTENSIONS[format]}`;
}
