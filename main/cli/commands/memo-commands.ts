// `casemark memo new`, `memo list`, `memo add-quote` and `memo export`: memos that quote the evidence,
// written as DOCX (citations as footnotes), PDF (citations as endnotes) or Markdown (footnotes).
import { resolve } from "node:path";
import type { Command } from "commander";
import { appendQuote } from "../../../shared/memo-state";
import { MEMO_FORMATS, type MemoFormat, type MemoSummary } from "../../../shared/model";
import { writeMemo } from "../../memo/export-memo";
import { memoExportData } from "../../memo/memo-export-data";
import { getAnnotation } from "../../store/annotations";
import { createMemo, getMemo, listMemos, saveMemo } from "../../store/memos";
import { write } from "../../store/write";
import { UsageError } from "../exit";
import { emit, table, warn } from "../output";
import { positiveInt } from "../parse-args";
import { withCase } from "../with-case";

const memoId = (value: string) => positiveInt("<memo-id>", value)!;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function registerMemoCommands(program: Command): void {
  const memo = program.command("memo").description("memos quoting the evidence: create, list, add quotes, export to DOCX, PDF or Markdown");

  memo
    .command("new")
    .description('create an empty memo; prints {"id": N}')
    .argument("<case>", "case file")
    .requiredOption("--title <title>", "the memo's title")
    .action(async (path: string, opts: { title: string }) => {
      if (!opts.title.trim()) throw new UsageError("--title cannot be empty");
      const made = await withCase(path, (c) => write(c, () => createMemo(c, { title: opts.title })));
      emit({ json: true }, { id: made.id }, () => "");
    });

  memo
    .command("list")
    .description("list the case's memos, most recently changed first")
    .argument("<case>", "case file")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { json?: boolean }) => {
      const memos = await withCase(path, listMemos, { readonly: true });
      const row = (m: MemoSummary) => [m.id, m.updatedAt.replace("T", " ").slice(0, 16), plural(m.quotes, "quote"), m.title];
      emit(opts, memos, () => (memos.length ? table(memos.map(row)) : "No memos."));
    });

  memo
    .command("add-quote")
    .description("append a highlight to a memo as an evidence quote (with its citation), and an empty paragraph after it")
    .argument("<case>", "case file")
    .argument("<memo-id>", "the memo")
    .argument("<annotation-id>", "the highlight to quote")
    .option("--json", "print JSON")
    .action(async (path: string, id: string, annotationId: string, opts: { json?: boolean }) => {
      const n = memoId(id);
      const saved = await withCase(path, (c) =>
        write(c, () => {
          getAnnotation(c, annotationId);
          return saveMemo(c, n, appendQuote(getMemo(c, n).content, annotationId));
        }),
      );
      emit(opts, saved, () => `Memo ${saved.id} (${saved.title}) now quotes ${plural(saved.quotes, "passage")}.`);
    });

  memo
    .command("export")
    .description("write a memo as docx (citations as real footnotes), pdf (citations as numbered endnotes) or md (Markdown footnotes)")
    .argument("<case>", "case file")
    .argument("<memo-id>", "the memo")
    .requiredOption("--format <format>", `one of: ${MEMO_FORMATS.join(", ")}`)
    .requiredOption("--out <path>", "the file to write")
    .option("--json", "print JSON")
    .action(async (path: string, id: string, opts: { format: string; out: string; json?: boolean }) => {
      if (!(MEMO_FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format must be one of: ${MEMO_FORMATS.join(", ")}`);
      const n = memoId(id);
      const out = resolve(opts.out);
      const { written, quotes, flagged } = await withCase(
        path,
        async (c) => {
          const data = memoExportData(c, n);
          const written = await writeMemo(data, opts.format as MemoFormat, out);
          return { written, quotes: data.quotes.length, flagged: data.quotes.filter((q) => q.flag !== null).length };
        },
        { readonly: true },
      );
      // A quote whose highlight is gone is written as such; the writer should know before filing it.
      if (flagged) warn(`${plural(flagged, "quote")} of memo ${n} ${flagged === 1 ? "points" : "point"} to a deleted or lost highlight; the export marks ${flagged === 1 ? "it" : "them"}.`);
      emit(opts, { ...written, format: opts.format, quotes, flagged }, () => `Wrote memo ${n} (${plural(quotes, "quote")}) to ${written.path} (${written.bytes} bytes).`);
    });
}
