// The contract between the renderer and main: every method's argument schema (zod) and result type.
// Main validates each call against it; the preload (and the test harness) expose exactly these methods.
import { z } from "zod";
import type { AnnotationView, DocumentSummary, ImportProgress, ImportResult, MessageSummary, SearchHit, TagView } from "./model";
import type { Result } from "./result";
import { METHOD_NAMES } from "./ipc-methods";
import { isNoteState } from "./notes";

export { channel, METHOD_NAMES } from "./ipc-methods";

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

/** The open case, as the window shows it. */
export interface CaseInfo {
  path: string;
  id: string;
  title: string;
}

/** A note as rich text: a Lexical editor state whose plain text main derives (see shared/notes.ts). */
const NoteJson = z.string().max(1_000_000).refine(isNoteState, { message: "not a note editor state" }).nullable();

const CasePath = z.string().min(1).max(4096);

export const contract = {
  caseInfo: method<CaseInfo | null>()(NoArgs),
  /** Opens the bundled sample case, building it on first use. */
  openSample: method<CaseInfo>()(NoArgs),
  /** Opens a case file; without a path, main asks the user to choose one (null when they cancel). */
  openCase: method<CaseInfo | null>()(z.object({ path: CasePath.optional() }).strict()),
  /** Creates a case file; without a path, main asks the user where (null when they cancel). */
  newCase: method<CaseInfo | null>()(z.object({ path: CasePath.optional(), title: z.string().max(500).optional() }).strict()),
  closeCase: method<null>()(NoArgs),
  listDocuments: method<DocumentSummary[]>()(NoArgs),
  documentText: method<{ text: string }>()(z.object({ documentId: Id }).strict()),
  listMessages: method<MessageSummary[]>()(z.object({ documentId: Id.optional() }).strict()),
  search: method<SearchHit[]>()(
    z
      .object({ query: z.string().min(1).max(1000), tag: TagPath.optional(), exemption: z.string().min(1).max(40).optional(), limit: z.number().int().min(1).max(500).optional() })
      .strict(),
  ),
  listTags: method<TagView[]>()(NoArgs),
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
  /** Undoes the last change made through the window in the open case; null when there is none. */
  undo: method<{ undone: string | null }>()(NoArgs),
  redo: method<{ redone: string | null }>()(NoArgs),
  /** Imports files and folders into the open case; without paths, main asks the user to choose. */
  importFiles: method<ImportResult[]>()(z.object({ paths: z.array(z.string().min(1).max(4096)).max(10_000).optional() }).strict()),
  /** How the running import is going (poll while importFiles runs); null when none runs. */
  importStatus: method<ImportProgress | null>()(NoArgs),
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

/** What the renderer sees as `window.casemark`. */
export type CasemarkApi = { [K in MethodName]: (input: MethodInput<K>) => Promise<Result<MethodOutput<K>>> };

