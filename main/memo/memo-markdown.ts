// A memo as Markdown: headings, paragraphs with **bold**, *italic*, ~~strike~~ and `code`, lists,
// block quotes, and each evidence quote as a quotation with a footnote `[^1]` holding its citation
// (*Id.* where it repeats the source just cited). Text is escaped so nothing a memo says is read as markup.
import type { Block, Inline, TextRun } from "../../shared/memo-blocks";
import { ID } from "../../shared/memo-citations";
import type { ExportQuote, MemoExportData } from "./memo-export-data";

/** Escapes what Markdown would read as markup, and HTML's angle brackets. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|&]/g, "\\$&")
    .replace(/^(\s*)([#+\-=])/gm, "$1\\$2")
    .replace(/^(\s*\d+)([.)])(?=\s|$)/gm, "$1\\$2");
}

function run(r: TextRun): string {
  const text = escapeMarkdown(r.text);
  if (!text.trim()) return text;
  // Markers hug the words: spaces at the ends stay outside them.
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  let out = core!;
  if (r.code) {
    // A code span's fence is longer than any run of backticks inside it.
    const fence = "`".repeat(Math.max(0, ...[...r.text.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
    out = `${fence} ${r.text.trim()} ${fence}`;
  }
  if (r.bold) out = `**${out}**`;
  if (r.italic) out = `*${out}*`;
  if (r.strike) out = `~~${out}~~`;
  if (r.superscript) out = `<sup>${out}</sup>`;
  if (r.subscript) out = `<sub>${out}</sub>`;
  return `${lead}${out}${trail}`;
}

const citationText = (q: ExportQuote) => (q.citation!.short ? `*${ID}*${escapeMarkdown(q.citation!.text.slice(ID.length))}` : escapeMarkdown(q.citation!.text));

function quote(q: ExportQuote, inline: boolean): string {
  const flag = q.flag ? `**${escapeMarkdown(q.flag)}**` : "";
  const words = q.text === null ? "" : inline ? `“${escapeMarkdown(q.text.replace(/\n/g, " "))}”` : escapeMarkdown(q.text).replace(/\n/g, "  \n");
  const mark = q.note !== null ? `[^${q.note}]` : "";
  return `${[flag, words].filter(Boolean).join(" ")}${mark}`;
}

export function memoMarkdown(data: MemoExportData): string {
  const inlines = (list: readonly Inline[]) =>
    list.map((i) => (i.kind === "break" ? "  \n" : i.kind === "quote" ? quote(data.quotes[i.index]!, true) : run(i))).join("");
  const out: string[] = [`# ${escapeMarkdown(data.title)}`];
  let previous: Block | null = null;
  for (const b of data.blocks) {
    // Items of one list are lines of one block; anything else stands apart by a blank line.
    const sameList = previous?.kind === "item" && b.kind === "item" && previous.list === b.list;
    const text = (() => {
      switch (b.kind) {
        case "heading":
          // The memo's title is the one "#": its headings sit one level below it.
          return `${"#".repeat(Math.min(b.level + 1, 6))} ${inlines(b.inlines)}`;
        case "blockquote":
          return inlines(b.inlines).split("\n").map((l) => `> ${l}`).join("\n");
        case "evidence":
          return quote(data.quotes[b.quote.index]!, false).split("\n").map((l) => `> ${l}`).join("\n");
        case "item": {
          const box = b.checked === undefined ? "" : b.checked ? "[x] " : "[ ] ";
          return `${"    ".repeat(b.level)}${b.ordered ? `${b.number}.` : "-"} ${box}${inlines(b.inlines).replace(/\n/g, `\n${"    ".repeat(b.level + 1)}`)}`;
        }
        case "rule":
          return "---";
        case "paragraph":
          return inlines(b.inlines);
      }
    })();
    if (b.kind === "paragraph" && !text.trim()) {
      previous = b;
      continue;
    }
    out.push(sameList ? `${out.pop()!}\n${text}` : text);
    previous = b;
  }
  const notes = data.quotes.filter((q) => q.note !== null).map((q) => `[^${q.note}]: ${citationText(q)}`);
  return `${out.join("\n\n")}\n${notes.length ? `\n${notes.join("\n")}\n` : ""}`;
}
