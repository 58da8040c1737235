// The contract between the renderer and main: every method's argument schema (zod) and result type.
// Main validates each call against it; the preload (and the test harness) expose exactly these methods.
import { z } from "zod";
import {
  LINK_RELATIONS,
  type AnnotationView,
  type CarryResult,
  type ChronologyEntry,
  type DocumentSummary,
  type ImportProgress,
  type ImportResult,
  type LinkView,
  MEMO_FORMATS,
  type EvidenceQuote,
  type Memo,
  type MemoSummary,
  type MessageSummary,
  type PageLayout,
  type PageView,
  type QuotedCopy,
  type ReviewProgress,
  type ReviewState,
  type SearchHighlights,
  type SearchHit,
  type TagDeleteResult,
  type TagMergeResult,
  type TagUsage,
  type TagView,
} from "./model";
import { isDateBound } from "./search/query";
import type { Result } from "./result";
import { EVENT_NAMES, METHOD_NAMES } from "./ipc-methods";
import { isMemoState } from "./memo-state";
import { isNoteState } from "./notes";

export { channel, eventChannel, EVENT_NAMES, METHOD_NAMES } from "./ipc-methods";

/** A method: the schema of its one argument, and its result as a type only. */
export interface Method<I extends z.ZodType, O> {
  input: I;
  /** Never set: carries the result type for the compiler. */
  output?: O;
}

const method =
  <O>() =>
  <I extends z.ZodType>(input: I): Method<I, O> => ({ input });

const Id = z.number().int().positive();
const TagPath = z.string().min(1).max(500);
const NoArgs = z.object({}).strict();
const AnnotationId = z.string().min(1).max(100);
const Offset = z.number().int().min(0);
const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: "a colour is #rrggbb" });
const Key = z.number().int().min(1).max(9);
const Person = z.string().trim().min(1).max(200);
const DateBound = z.string().max(40).refine(isDateBound, { message: "a date is YYYY-MM-DD, or an ISO time with its offset" });
const Relation = z.enum(LINK_RELATIONS);
const Query = z.string().min(1).max(1000);

/** Search filters; every one optional, all of them applying together. */
const SearchFilters = {
  /** Passages highlighted with this tag or one below it. */
  tag: TagPath.optional(),
  /** A FOIA exemption code, e.g. "(b)(6)" or "b7c". */
  exemption: z.string().min(1).max(40).optional(),
  /** Sender: part of a name or address. */
  from: Person.optional(),
  /** Recipient (To, Cc, Bcc): part of a name or address. */
  to: Person.optional(),
  /** Inclusive bounds on the message date. */
  after: DateBound.optional(),
  before: DateBound.optional(),
  documentId: Id.optional(),
};
const ReviewFilter = { reviewed: z.boolean().optional(), flagged: z.boolean().optional() };

/** The open case, as the window shows it. */
export interface CaseInfo {
  path: string;
  id: string;
  title: string;
}

/** A note as rich text: a Lexical editor state whose plain text main derives (see shared/notes.ts). */
const NoteJson = z.string().max(1_000_000).refine(isNoteState, { message: "not a note editor state" }).nullable();

const CasePath = z.string().min(1).max(4096);
/** An encrypted case's passphrase: it unlocks the case and is kept nowhere else (never logged or listed). */
const Passphrase = z.string().min(1).max(1024);

/** A case opened before, newest first, as the welcome screen and File › Open Recent list it. */
export interface RecentCase {
  path: string;
  title: string;
  openedAt: string;
  /** False when the file is no longer where it was. */
  exists: boolean;
}

/** What the export writes (the command line's --format, and the export dialog's choices). */
export const EXPORT_FORMATS = ["pdf", "csv", "xlsx", "chronology", "chronology-pdf", "bundle", "qdpx", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Which highlights an export covers: the whole case, one document's, or those with one tag (or a tag below it). */
export const EXPORT_SCOPES = ["case", "document", "tag"] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

/** A file (or, for a bundle, a folder) an export wrote. */
export interface ExportedFile {
  path: string;
  format: ExportFormat;
  /** Its size; for a bundle, the size of everything in it. */
  bytes: number;
  /** The document an annotated PDF is of. */
  documentId?: number;
  /** For a bundle: how many files it holds, its manifest included. */
  files?: number;
}

/** A document an export could not write, and why (e.g. its publisher forbids annotations). */
export interface ExportFailure {
  format: ExportFormat;
  documentId?: number;
  title?: string;
  reason: string;
}

export interface ExportResult {
  folder: string;
  files: ExportedFile[];
  failures: ExportFailure[];
  /** A bundle, checked as a recipient would (casemark verify-bundle). */
  bundle?: { path: string; verified: boolean; problems: string[] };
  /** Stopped by the user: what was finished before is kept and listed. */
  cancelled: boolean;
}

/** How a running export is going: `done` of `total` steps, and what it is doing now. */
export interface ExportProgress {
  done: number;
  total: number;
  label: string;
}

/** An absolute path (POSIX, a Windows drive, or a UNC share). */
const AbsolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p) && !p.includes("\u0000"), { message: "a folder is an absolute path" });

const MemoTitle = z.string().trim().min(1).max(500);
/** A memo's Lexical editor state (JSON). */
const MemoContent = z.string().max(20_000_000).refine(isMemoState, { message: "not a memo editor state" });

export const contract = {
  caseInfo: method<CaseInfo | null>()(NoArgs),
  /** Opens the bundled sample case, building it on first use. */
  openSample: method<CaseInfo>()(NoArgs),
  /**
   * Opens a case file; without a path, main asks the user to choose one (null when they cancel). An
   * encrypted case without its passphrase fails with "needs-passphrase" (a wrong one: "wrong-passphrase");
   * a passphrase without a path unlocks the case that last asked for one.
   */
  openCase: method<CaseInfo | null>()(z.object({ path: CasePath.optional(), passphrase: Passphrase.optional() }).strict()),
  /** Creates a case file, encrypted with the passphrase when one is given; without a path, main asks the user where (null when they cancel). */
  newCase: method<CaseInfo | null>()(z.object({ path: CasePath.optional(), title: z.string().max(500).optional(), passphrase: Passphrase.optional() }).strict()),
  closeCase: method<null>()(NoArgs),
  listDocuments: method<DocumentSummary[]>()(z.object(ReviewFilter).strict()),
  documentText: method<{ text: string }>()(z.object({ documentId: Id }).strict()),
  listMessages: method<MessageSummary[]>()(z.object({ documentId: Id.optional(), ...ReviewFilter }).strict()),
  /** A PDF document's pages (size, stamp, marks), in order; empty for other documents. */
  listPages: method<PageView[]>()(z.object({ documentId: Id }).strict()),
  /** The text ranges and character boxes of pages [from, to) of a document (at most 50 at a time). */
  pageLayouts: method<PageLayout[]>()(
    z
      .object({ documentId: Id, from: z.number().int().min(0), to: z.number().int().min(1) })
      .strict()
      .refine((a) => a.to > a.from && a.to - a.from <= 50, { message: "from–to must name 1 to 50 pages" }),
  ),
  /**
   * Searches text, headers and notes (query language: shared/search/query.ts). Hits come group by
   * group (one group per message; shared/search/group.ts folds them), each with the ranges it matched.
   */
  search: method<SearchHit[]>()(z.object({ query: Query, ...SearchFilters, limit: z.number().int().min(1).max(500).optional() }).strict()),
  /** Highlights every matched range of a search with the given tags, as one undo step; a dry run only counts. */
  highlightAllHits: method<SearchHighlights>()(
    z.object({ query: Query, ...SearchFilters, tags: z.array(TagPath).max(50).default([]), dryRun: z.boolean().optional() }).strict(),
  ),
  listTags: method<TagView[]>()(NoArgs),
  /** Adds a tag (and missing parents); a key already in use moves to it. */
  createTag: method<TagView>()(
    z.object({ path: TagPath, color: Color.optional(), key: Key.nullable().optional(), description: z.string().max(2000).optional() }).strict(),
  ),
  /**
   * Changes a tag: `name` renames it under the same parent (or, holding "/", gives a whole new path),
   * `parent` moves it (null: to the top); a key in use by another tag moves to it; null clears the key.
   */
  updateTag: method<TagView>()(
    z
      .object({
        path: TagPath,
        name: TagPath.optional(),
        parent: TagPath.nullable().optional(),
        color: Color.optional(),
        key: Key.nullable().optional(),
        description: z.string().max(2000).optional(),
      })
      .strict(),
  ),
  /** Merges `from` into `into`: its highlights take `into`, its sub-tags move below `into`, and it goes. */
  mergeTags: method<TagMergeResult>()(z.object({ from: TagPath, into: TagPath }).strict()),
  /** Deletes a tag and those below it; refused ("needs-confirmation") while highlights carry it, unless confirmed. */
  deleteTag: method<TagDeleteResult>()(z.object({ path: TagPath, confirm: z.boolean().optional() }).strict()),
  /** How many highlights carry a tag: what deleting it would touch. */
  tagUsage: method<TagUsage>()(z.object({ path: TagPath }).strict()),
  listAnnotations: method<AnnotationView[]>()(z.object({ documentId: Id.optional(), tag: TagPath.optional() }).strict()),
  createAnnotation: method<AnnotationView>()(
    z
      .object({
        documentId: Id,
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        tags: z.array(TagPath).max(50).default([]),
        note: z.string().max(100_000).optional(),
        noteJson: NoteJson.optional(),
      })
      .strict()
      .refine((a) => a.end > a.start, { message: "end must be after start" }),
  ),
  /** Replaces the tag list and/or the note (plain text, or a rich-text state that wins over it) of a highlight. */
  updateAnnotation: method<AnnotationView>()(
    z.object({ id: AnnotationId, tags: z.array(TagPath).max(50).optional(), note: z.string().max(100_000).optional(), noteJson: NoteJson.optional() }).strict(),
  ),
  deleteAnnotation: method<null>()(z.object({ id: AnnotationId }).strict()),
  /** Links two highlights: `from` <relation> `to` (a reply "responds to" an order). */
  linkAnnotations: method<LinkView>()(z.object({ from: AnnotationId, to: AnnotationId, relation: Relation }).strict()),
  /** Removes a link, named by its id or by its ends and relation; returns what it was. */
  unlinkAnnotations: method<LinkView>()(
    z.union([z.object({ id: Id }).strict(), z.object({ from: AnnotationId, to: AnnotationId, relation: Relation }).strict()]),
  ),
  /** Links touching a highlight, or any highlight of a document, or all; oldest first. */
  listLinks: method<LinkView[]>()(z.object({ annotationId: AnnotationId.optional(), documentId: Id.optional() }).strict()),
  /** Tagged passages by the date of their message (undated last), with their links and source citations. */
  chronology: method<ChronologyEntry[]>()(z.object({ tag: TagPath.optional(), person: Person.optional() }).strict()),
  /** Marks one message or one document reviewed and/or flagged (or not); one undo step. */
  setReview: method<ReviewState>()(
    z
      .object({ messageId: Id.optional(), documentId: Id.optional(), reviewed: z.boolean().optional(), flagged: z.boolean().optional() })
      .strict()
      .refine((a) => (a.messageId === undefined) !== (a.documentId === undefined), { message: "name either a messageId or a documentId" })
      .refine((a) => a.reviewed !== undefined || a.flagged !== undefined, { message: "say reviewed and/or flagged" }),
  ),
  reviewProgress: method<ReviewProgress>()(NoArgs),
  /** Other places a highlight's passage stands: replies quoting it (or the original it quotes). */
  quotedCopies: method<QuotedCopy[]>()(z.object({ annotationId: AnnotationId }).strict()),
  /** Highlights quoted copies with the original's tags, as one undo step; copies already so highlighted are skipped. */
  carryHighlight: method<CarryResult>()(
    z
      .object({
        annotationId: AnnotationId,
        copies: z
          .array(z.object({ documentId: Id, start: Offset, end: z.number().int().min(1) }).strict().refine((r) => r.end > r.start, { message: "end must be after start" }))
          .min(1)
          .max(1000),
      })
      .strict(),
  ),
  /** Undoes the last change made through the window in the open case; null when there is none. */
  undo: method<{ undone: string | null }>()(NoArgs),
  redo: method<{ redone: string | null }>()(NoArgs),
  /** Imports files and folders into the open case; without paths, main asks the user to choose files (or a folder). */
  importFiles: method<ImportResult[]>()(
    z.object({ paths: z.array(z.string().min(1).max(4096)).max(10_000).optional(), folder: z.boolean().optional() }).strict(),
  ),
  /** How the running import is going (poll while importFiles runs); null when none runs. */
  importStatus: method<ImportProgress | null>()(NoArgs),
  /** Cases opened before (not the sample case), newest first. */
  recentCases: method<RecentCase[]>()(NoArgs),
  /** Saves a document's original bytes (e.g. an attachment) where the user chooses; the path, or null when they cancel. */
  saveDocumentCopy: method<{ path: string } | null>()(z.object({ documentId: Id }).strict()),
  /**
   * Saves a copy of the open case where the user chooses (or at `path`): SQLite's online backup (for an
   * encrypted case, an encrypted VACUUM INTO), verified before it takes the name; null when they cancel.
   */
  saveCaseCopy: method<{ path: string; bytes: number } | null>()(z.object({ path: AbsolutePath.optional() }).strict()),
  /** Writes every highlight of the case as W3C Web Annotation JSON-LD where the user chooses; null when they cancel. */
  exportHighlights: method<{ path: string; count: number } | null>()(NoArgs),
  /**
   * Exports the case, one document or one tag's highlights in the formats chosen, into a folder (without
   * one, main asks the user to choose; null when they cancel). Progress comes as exportProgress events.
   */
  exportCase: method<ExportResult | null>()(
    z
      .object({
        formats: z.array(z.enum(EXPORT_FORMATS)).min(1).max(EXPORT_FORMATS.length),
        scope: z.enum(EXPORT_SCOPES),
        documentId: Id.optional(),
        tag: TagPath.optional(),
        folder: AbsolutePath.optional(),
      })
      .strict()
      .refine((a) => (a.scope === "document") === (a.documentId !== undefined), { message: "name a documentId exactly when the scope is a document" })
      .refine((a) => (a.scope === "tag") === (a.tag !== undefined), { message: "name a tag exactly when the scope is a tag" }),
  ),
  /** Asks the running export to stop after the file it is writing; false when none runs. */
  cancelExport: method<{ cancelling: boolean }>()(NoArgs),
  /** The case's memos, most recently changed first. */
  listMemos: method<MemoSummary[]>()(NoArgs),
  getMemo: method<Memo>()(z.object({ id: Id }).strict()),
  /** A new memo (empty, or with the given editor state); one undo step. */
  createMemo: method<Memo>()(z.object({ title: MemoTitle, content: MemoContent.optional() }).strict()),
  /** Saves a memo's text as it is typed (not an undo step of the case: the editor has its own undo). */
  saveMemo: method<MemoSummary>()(z.object({ id: Id, content: MemoContent }).strict()),
  renameMemo: method<MemoSummary>()(z.object({ id: Id, title: MemoTitle }).strict()),
  /** A copy named "<title> (copy)"; one undo step. */
  duplicateMemo: method<Memo>()(z.object({ id: Id }).strict()),
  /** Deletes a memo; one undo step that brings it back whole. */
  deleteMemo: method<null>()(z.object({ id: Id }).strict()),
  /** The current quote, note, tags, status and citation of highlights quoted in a memo, in the order asked. */
  memoEvidence: method<EvidenceQuote[]>()(z.object({ annotationIds: z.array(AnnotationId).max(10_000) }).strict()),
  /**
   * The case's citation template, or null for the default style ("Email from A to B (Feb. 10, 2017,
   * 4:12 PM), at 2017-ICLI-00026 000123"); `placeholders` lists what a template may use, e.g. "{from}".
   */
  citationStyle: method<{ template: string | null; placeholders: string[] }>()(NoArgs),
  /** Sets (or, with null, clears) the case's citation template; one undo step. */
  setCitationStyle: method<{ template: string | null; placeholders: string[] }>()(z.object({ template: z.string().min(1).max(2000).nullable() }).strict()),
  /** Writes a memo as DOCX (citations as footnotes), PDF or Markdown; without a path, main asks where (null when they cancel). */
  exportMemo: method<{ path: string; bytes: number } | null>()(z.object({ id: Id, format: z.enum(MEMO_FORMATS), path: AbsolutePath.optional() }).strict()),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<K extends MethodName> = z.input<Contract[K]["input"]>;
export type MethodArgs<K extends MethodName> = z.output<Contract[K]["input"]>;
export type MethodOutput<K extends MethodName> = Contract[K] extends Method<z.ZodType, infer O> ? O : never;

/** The contract and the preload's list of names (shared/ipc-methods.ts) must name the same methods. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameMethods: SameKeys<MethodName, (typeof METHOD_NAMES)[number]> = true;
void sameMethods;

/** Commands the application menu sends to the window (the window's own keys do the same). */
export const MENU_COMMANDS = ["import", "import-folder", "export", "find", "search", "undo", "redo", "chronology", "codebook"] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What main pushes to the window, by event name. */
export interface Events {
  /** The open case changed (opened from the menu or the OS, or closed); null: none is open. */
  caseChanged: CaseInfo | null;
  /** How the running import is going; null once it ended. */
  importProgress: ImportProgress | null;
  /** How the running export is going; null once it ended. */
  exportProgress: ExportProgress | null;
  command: { command: MenuCommand };
  /**
   * Main opened an encrypted case on its own (File › Open, Open Recent, the OS) and needs its passphrase:
   * the window asks for it and opens the case with openCase({ passphrase }).
   */
  passphraseNeeded: { message: string };
}
export type EventName = keyof Events;
const sameEvents: SameKeys<EventName, (typeof EVENT_NAMES)[number]> = true;
void sameEvents;

/** What the renderer sees as `window.casemark`: the contract's methods, its events, and the path of a dropped file. */
export type CasemarkApi = { [K in MethodName]: (input: MethodInput<K>) => Promise<Result<MethodOutput<K>>> } & {
  /** Listens to an event from main; returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  /** The file-system path of a File dropped on the window ("" when it has none). */
  pathForFile(file: object): string;
  /** Where the page can fetch a document's original bytes (byte ranges allowed). */
  documentUrl(documentId: number): string;
};

