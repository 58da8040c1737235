// `casemark annotate` and `annotations`: highlighting passages by quote, and listing highlights.
import type { Command } from "commander";
import { findQuote } from "../../../shared/anchoring/quote";
import type { AnnotationView } from "../../../shared/model";
import { createAnnotation, listAnnotations } from "../../store/annotations";
import { documentText, getDocument } from "../../store/documents";
import { write } from "../../store/write";
import { emit } from "../output";
import { collect, documentId, positiveInt } from "../parse-args";
import { withCase } from "../with-case";
import { UsageError } from "../exit";

/** The public JSON shape of an annotation (issue #2), with the rest of the view alongside. */
function shape(a: AnnotationView) {
  return { id: a.id, documentId: a.documentId, quote: a.quote, tags: a.tags, note: a.note, start: a.start, end: a.end, status: a.status, author: a.author, createdAt: a.createdAt };
}

function line(a: AnnotationView): string {
  const tags = a.tags.length ? ` [${a.tags.join(", ")}]` : "";
  return `${a.id}  doc ${a.documentId} ${a.start}–${a.end}${tags}: “${a.quote.replace(/\s+/g, " ")}”${a.note ? `\n    note: ${a.note}` : ""}`;
}

export function registerAnnotateCommands(program: Command): void {
  program
    .command("annotate")
    .description("highlight a passage of a document, found by its exact words (white space may differ)")
    .argument("<case>", "case file")
    .requiredOption("--doc <id>", "the document")
    .requiredOption("--quote <text>", "the passage's words")
    .option("--occurrence <n>", "which occurrence of the quote, counting from 1", "1")
    .option("--tag <name>", "a tag (repeat for several)", collect, [])
    .option("--note <text>", "a note")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { doc: string; quote: string; occurrence: string; tag: string[]; note?: string; json?: boolean }) => {
      const doc = documentId(opts.doc)!;
      const occurrence = positiveInt("--occurrence", opts.occurrence)!;
      const created = await withCase(path, (c) => {
        getDocument(c, doc);
        const found = findQuote(documentText(c, doc), opts.quote);
        if (found.length === 0) throw new UsageError(`the quote was not found in document ${doc}`);
        const at = found[occurrence - 1];
        if (!at) throw new UsageError(`the quote occurs ${found.length} time(s) in document ${doc}; --occurrence ${occurrence} is past the last`);
        return write(c, () => createAnnotation(c, { documentId: doc, ...at, tags: opts.tag, ...(opts.note ? { note: opts.note } : {}) }));
      });
      emit(opts, shape(created), () => `Created ${line(created)}`);
    });

  program
    .command("annotations")
    .description("list highlights in document order")
    .argument("<case>", "case file")
    .option("--doc <id>", "only this document's")
    .option("--tag <name>", "only those with this tag (or a tag below it)")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { doc?: string; tag?: string; json?: boolean }) => {
      const doc = documentId(opts.doc);
      const list = await withCase(path, (c) => listAnnotations(c, { ...(doc !== undefined ? { documentId: doc } : {}), ...(opts.tag ? { tag: opts.tag } : {}) }), { readonly: true });
      emit(opts, list.map(shape), () => (list.length ? list.map(line).join("\n") : "No highlights."));
    });
}
