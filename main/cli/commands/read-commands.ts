// `casemark docs`, `messages` and `search`: reading what a case holds.
import type { Command } from "commander";
import { getDocument, listDocuments } from "../../store/documents";
import { listMessages } from "../../store/messages";
import { searchCase } from "../../store/search";
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
    .description('search text, headers and notes: words, "phrases", prefix*, AND/OR/NOT')
    .argument("<case>", "case file")
    .argument("<query>", "what to look for")
    .option("--tag <name>", "only passages highlighted with this tag (or a tag below it)")
    .option("--exemption <code>", 'only pages or messages marked with this FOIA exemption, e.g. "(b)(6)" or b7c')
    .option("--limit <n>", "at most this many results", "50")
    .option("--json", "print JSON")
    .action(async (path: string, query: string, opts: { tag?: string; exemption?: string; limit: string; json?: boolean }) => {
      const limit = positiveInt("--limit", opts.limit)!;
      const filters = { ...(opts.tag ? { tag: opts.tag } : {}), ...(opts.exemption ? { exemption: opts.exemption } : {}) };
      const hits = await withCase(path, (c) => searchCase(c, query, { limit, ...filters }), { readonly: true });
      emit(opts, hits, () =>
        hits.length === 0
          ? "No results."
          : hits
              .map((h) => `doc ${h.documentId}${h.messageId ? ` msg ${h.messageId}` : ""}${h.page !== undefined ? ` p.${h.page + 1}` : ""}${h.annotationId ? " (note)" : ""}: ${h.snippet.replace(/\s+/g, " ")}`)
              .join("\n"),
      );
    });
}
