// `casemark docs`, `messages` and `search`: reading what a case holds, and finding passages in it.
import type { Command } from "commander";
import { getDocument, listDocuments } from "../../store/documents";
import { listMessages } from "../../store/messages";
import { searchCase, type SearchFilters } from "../../store/search";
import { groupSearchHits } from "../../../shared/search/group";
import { isDateBound } from "../../../shared/search/query";
import type { SearchHit } from "../../../shared/model";
import { UsageError } from "../exit";
import { emit, table } from "../output";
import { documentId, positiveInt } from "../parse-args";
import { withCase } from "../with-case";

export function registerReadCommands(program: Command): void {
  program
    .command("docs")
    .description("list the documents in a case")
    .argument("<case>", "case file")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { json?: boolean }) => {
      const docs = await withCase(path, listDocuments, { readonly: true });
      emit(opts, docs, () =>
        table([
          ["ID", "KIND", "PAGES", "OCR", "MSGS", "REDACTED", "FOIA", "TITLE"],
          ...docs.map((d) => [d.id, d.kind, d.pageCount, d.ocrPages || "", d.messageCount, d.redactions || "", d.exemptions.join(" "), d.title]),
        ]),
      );
    });

  program
    .command("messages")
    .description("list messages in date order")
    .argument("<case>", "case file")
    .option("--doc <id>", "only the messages of this document")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { doc?: string; json?: boolean }) => {
      const doc = documentId(opts.doc);
      const messages = await withCase(
        path,
        (c) => {
          if (doc !== undefined) getDocument(c, doc);
          return listMessages(c, doc === undefined ? {} : { documentId: doc });
        },
        { readonly: true },
      );
      emit(opts, messages, () =>
        table([
          ["ID", "DOC", "PAGE", "DATE", "FROM", "SUBJECT"],
          ...messages.map((m) => [m.id, m.documentId, m.page === null ? "" : m.page + 1, m.date ?? m.rawDate ?? "(no date)", m.from, m.subject]),
        ]),
      );
    });

  program
    .command("search")
    .description('search text, headers and notes: words, "phrases", prefix*, AND/OR/NOT, -word, (groups), subject:/people:/note: words')
    .argument("<case>", "case file")
    .argument("<query>", "what to look for")
    .option("--tag <name>", "only passages highlighted with this tag (or a tag below it)")
    .option("--from <person>", "only messages from this sender (part of a name or address)")
    .option("--to <person>", "only messages to this recipient, To, Cc or Bcc (part of a name or address)")
    .option("--after <date>", "only messages dated on or after this day (YYYY-MM-DD, as the sender's clock read)")
    .option("--before <date>", "only messages dated on or before this day (YYYY-MM-DD)")
    .option("--exemption <code>", 'only pages or messages marked with this FOIA exemption, e.g. "(b)(6)" or b7c')
    .option("--doc <id>", "only this document")
    .option("--limit <n>", "at most this many results", "50")
    .option("--json", "print JSON: the hits, group by group, each with the ranges it matched")
    .action(async (path: string, query: string, opts: SearchOpts) => {
      const limit = positiveInt("--limit", opts.limit)!;
      const filters = searchFilters(opts);
      const hits = await withCase(
        path,
        (c) => {
          if (filters.documentId !== undefined) getDocument(c, filters.documentId);
          return searchCase(c, query, { limit, ...filters });
        },
        { readonly: true },
      );
      emit(opts, hits, () => (hits.length === 0 ? "No results." : describeHits(hits)));
    });
}

interface SearchOpts {
  tag?: string;
  from?: string;
  to?: string;
  after?: string;
  before?: string;
  exemption?: string;
  doc?: string;
  limit: string;
  json?: boolean;
}

/** The search options as store filters, refusing malformed dates and ids. */
export function searchFilters(opts: Omit<SearchOpts, "limit" | "json">): SearchFilters {
  for (const name of ["after", "before"] as const) {
    const value = opts[name];
    if (value !== undefined && !isDateBound(value)) throw new UsageError(`--${name} takes a date like 2017-02-10 (or an ISO time with its offset), not "${value}"`);
  }
  const doc = documentId(opts.doc);
  const filters: SearchFilters = {};
  for (const name of ["tag", "from", "to", "after", "before", "exemption"] as const) {
    const value = opts[name];
    if (value !== undefined && value.trim() !== "") filters[name] = value;
  }
  if (doc !== undefined) filters.documentId = doc;
  return filters;
}

function describeHits(hits: SearchHit[]): string {
  return groupSearchHits(hits)
    .map((g) => {
      const head = `doc ${g.documentId}${g.messageId !== null ? ` msg ${g.messageId}` : ""}`;
      const lines = g.hits.map((h) => {
        const where = [h.page !== undefined ? `p.${h.page + 1}${h.stamp ? ` ${h.stamp}` : ""}` : "", h.start !== undefined ? `${h.start}–${h.end}` : "", h.annotationId ? `note on ${h.annotationId}` : ""]
          .filter(Boolean)
          .join(" ");
        return `  ${where ? `${where}: ` : ""}${h.snippet.replace(/\s+/g, " ")}`;
      });
      return `${head}\n${lines.join("\n")}`;
    })
    .join("\n");
}
