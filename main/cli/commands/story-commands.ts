// `casemark link`, `unlink`, `links`, `chronology` and `review`: linking passages, telling the story in
// date order, and marking what has been reviewed.
import type { Command } from "commander";
import { LINK_RELATIONS, type ChronologyEntry, type LinkRelation, type LinkView } from "../../../shared/model";
import { chronology } from "../../store/chronology";
import { isLinkRelation, linkAnnotations, listLinks, unlinkAnnotations } from "../../store/links";
import { getReview, reviewProgress, setReview, type ReviewTarget } from "../../store/reviews";
import { getDocument } from "../../store/documents";
import { write } from "../../store/write";
import { emit } from "../output";
import { documentId, positiveInt } from "../parse-args";
import { withCase } from "../with-case";
import { UsageError } from "../exit";

/** "responds-to", "Responds To" and "responds to" all name one relation. */
function relation(text: string): LinkRelation {
  const name = text.trim().toLowerCase().replace(/[-_\s]+/g, " ");
  if (!isLinkRelation(name)) throw new UsageError(`"${text}" is not a relation; use one of: ${LINK_RELATIONS.map((r) => `"${r}"`).join(", ")}`);
  return name;
}

const short = (quote: string, max = 70) => {
  const flat = quote.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

const linkLine = (l: LinkView) => `${l.id}  ${l.from.annotationId} “${short(l.from.quote, 40)}” ${l.relation} ${l.to.annotationId} “${short(l.to.quote, 40)}”`;

function entryLines(e: ChronologyEntry): string {
  const when = e.date ? e.date.replace("T", " ").slice(0, 16) : "(no date)";
  const source = [`doc ${e.documentId}`, e.page !== undefined ? `p.${e.page + 1}` : "", e.stamp ?? ""].filter(Boolean).join(" ");
  const head = `${when}  ${e.from ?? "(unknown sender)"}  [${e.tags.join(", ")}]  “${short(e.quote)}”  (${source}; ${e.documentTitle})`;
  const links = e.links.map((l) => `    ${l.direction === "outgoing" ? `→ ${l.relation}` : `← is the object of “${l.relation}” from`} ${l.annotationId}`);
  return [head, ...links].join("\n");
}

export function registerStoryCommands(program: Command): void {
  program
    .command("link")
    .description(`link two highlights: <from> <relation> <to>, the relation one of ${LINK_RELATIONS.map((r) => `"${r}"`).join(", ")}`)
    .argument("<case>", "case file")
    .argument("<from>", "highlight id")
    .argument("<relation>", "how <from> relates to <to>")
    .argument("<to>", "highlight id")
    .option("--json", "print JSON")
    .action(async (path: string, from: string, rel: string, to: string, opts: { json?: boolean }) => {
      const link = await withCase(path, (c) => write(c, () => linkAnnotations(c, { from, to, relation: relation(rel) })));
      emit(opts, link, () => `Linked: ${linkLine(link)}`);
    });

  program
    .command("unlink")
    .description("remove the link <from> <relation> <to>")
    .argument("<case>", "case file")
    .argument("<from>", "highlight id")
    .argument("<relation>", "the link's relation")
    .argument("<to>", "highlight id")
    .option("--json", "print JSON")
    .action(async (path: string, from: string, rel: string, to: string, opts: { json?: boolean }) => {
      const gone = await withCase(path, (c) => write(c, () => unlinkAnnotations(c, { from, to, relation: relation(rel) })));
      emit(opts, gone, () => `Removed: ${linkLine(gone)}`);
    });

  program
    .command("links")
    .description("list links between highlights, oldest first")
    .argument("<case>", "case file")
    .option("--annotation <id>", "only links to or from this highlight")
    .option("--doc <id>", "only links touching this document's highlights")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { annotation?: string; doc?: string; json?: boolean }) => {
      const doc = documentId(opts.doc);
      const links = await withCase(path, (c) => listLinks(c, { ...(opts.annotation ? { annotationId: opts.annotation } : {}), ...(doc !== undefined ? { documentId: doc } : {}) }), { readonly: true });
      emit(opts, links, () => (links.length ? links.map(linkLine).join("\n") : "No links."));
    });

  program
    .command("chronology")
    .description("tagged passages in the order of their messages' dates (undated last), with links and sources")
    .argument("<case>", "case file")
    .option("--tag <name>", "only passages with this tag (or a tag below it)")
    .option("--person <name>", "only passages whose message this person sent or received (part of a name or address)")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { tag?: string; person?: string; json?: boolean }) => {
      const entries = await withCase(path, (c) => chronology(c, { ...(opts.tag ? { tag: opts.tag } : {}), ...(opts.person ? { person: opts.person } : {}) }), { readonly: true });
      emit(opts, entries, () => (entries.length ? entries.map(entryLines).join("\n") : "No tagged passages."));
    });

  program
    .command("review")
    .description("mark a message or document reviewed or flagged; without one, show the case's review progress")
    .argument("<case>", "case file")
    .option("--message <id>", "the message")
    .option("--doc <id>", "the document")
    .option("--reviewed", "mark it reviewed")
    .option("--no-reviewed", "mark it not reviewed")
    .option("--flagged", "flag it")
    .option("--no-flagged", "take its flag away")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { message?: string; doc?: string; reviewed?: boolean; flagged?: boolean; json?: boolean }) => {
      const message = positiveInt("--message", opts.message);
      const doc = documentId(opts.doc);
      if (message !== undefined && doc !== undefined) throw new UsageError("name either --message or --doc, not both");
      const change = { ...(opts.reviewed !== undefined ? { reviewed: opts.reviewed } : {}), ...(opts.flagged !== undefined ? { flagged: opts.flagged } : {}) };
      if (message === undefined && doc === undefined) {
        if (Object.keys(change).length) throw new UsageError("--reviewed and --flagged need a --message or a --doc");
        const progress = await withCase(path, reviewProgress, { readonly: true });
        emit(opts, progress, () =>
          `${progress.messagesReviewed} of ${progress.messages} messages reviewed; ${progress.documentsReviewed} of ${progress.documents} documents without messages reviewed; ${progress.flagged} flagged.`,
        );
        return;
      }
      const target: ReviewTarget = message !== undefined ? { messageId: message } : { documentId: doc! };
      const readonly = Object.keys(change).length === 0;
      const state = await withCase(
        path,
        (c) => {
          if (doc !== undefined) getDocument(c, doc);
          return readonly ? getReview(c, target) : write(c, () => setReview(c, target, change));
        },
        { readonly },
      );
      const what = message !== undefined ? `Message ${message}` : `Document ${doc}`;
      emit(opts, state, () => `${what}: ${state.reviewed ? "reviewed" : "not reviewed"}${state.flagged ? ", flagged" : ""}.`);
    });
}
