// The domain as main, the CLI and the renderer see it: plain data, the shapes of the public JSON.

export type DocumentKind = "email" | "mbox" | "text" | "html" | "pdf" | "msg" | "attachment";

export interface DocumentSummary {
  id: number;
  sha256: string;
  title: string;
  kind: DocumentKind;
  pageCount: number;
  messageCount: number;
  /** Pages whose text came from OCR. */
  ocrPages: number;
  /** FOIA exemption codes found in the document, e.g. "(b)(6)". */
  exemptions: string[];
  /** Redaction boxes found on its pages. */
  redactions: number;
  parentId: number | null;
  fileName: string | null;
  size: number;
  importState: "complete" | "partial";
  /** Review state (always set by main; optional so hand-made summaries still type-check). */
  reviewed?: boolean;
  flagged?: boolean;
}

export interface Address {
  name: string;
  address: string;
}

/** A message's headers as parsed, whether from MIME or from a printed header block. */
export interface MessageHeaders {
  /** ISO 8601 in the sender's own offset. */
  date: string | null;
  dateRaw: string | null;
  from: Address | null;
  to: Address[];
  cc: Address[];
  bcc: Address[];
  subject: string | null;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
}

export interface MessageSummary {
  id: number;
  documentId: number;
  /** The message's range of its document's canonical text, and where its body starts. */
  start: number;
  end: number;
  bodyStart: number;
  date: string | null;
  /** The date as the message printed it. */
  rawDate: string | null;
  /** The first page of a message printed in a PDF (0-based), else null. */
  page: number | null;
  pageEnd: number | null;
  /** "Name <address>", or whichever of the two is known. */
  from: string | null;
  to: string[];
  cc: string[];
  subject: string | null;
  threadId: number;
  messageId: string | null;
  /** Review state (always set by main; optional so hand-made summaries still type-check). */
  reviewed?: boolean;
  flagged?: boolean;
}

export interface TagView {
  id: number;
  name: string;
  path: string;
  color: string;
  key: number | null;
  description: string;
  count: number;
}

export type AnchorStatus = "ok" | "drifted" | "orphaned";

export interface AnnotationView {
  id: string;
  documentId: number;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  tags: string[];
  /** The note's plain text ("" for none). */
  note: string;
  /** The note as a Lexical editor state (JSON), or null for none. */
  noteJson: string | null;
  author: string;
  status: AnchorStatus;
  createdAt: string;
  modifiedAt: string;
  /** Links to and from other highlights (always set by main), oldest first. */
  links?: AnnotationLink[];
}

/** The typed relations a highlight can have to another, read "from <relation> to". */
export const LINK_RELATIONS = ["responds to", "fulfils", "reports failure of", "contradicts"] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

/** A link as one of its ends sees it: "outgoing" when this highlight is the link's `from`. */
export interface AnnotationLink {
  id: number;
  relation: LinkRelation;
  direction: "outgoing" | "incoming";
  /** The other end. */
  annotationId: string;
  documentId: number;
  quote: string;
  author: string;
  createdAt: string;
}

export interface LinkEnd {
  annotationId: string;
  documentId: number;
  quote: string;
}

/** A link between two highlights: `from` <relation> `to` (e.g. a reply "responds to" an order). */
export interface LinkView {
  id: number;
  relation: LinkRelation;
  from: LinkEnd;
  to: LinkEnd;
  author: string;
  createdAt: string;
}

/** A range of a document's canonical text. */
export interface TextRange {
  start: number;
  end: number;
}

export interface SearchHit {
  documentId: number;
  messageId?: number;
  /** 0-based page of a PDF. */
  page?: number;
  /** The page's printed stamp (Bates number), for PDF hits. */
  stamp?: string | null;
  /** Set for a hit in a highlight's note; the passage is then the highlight's range. */
  annotationId?: string;
  snippet: string;
  /** bm25 rank: lower is better. */
  score: number;
  /**
   * The passage to open: the first matched range of the canonical text (a text hit whose words
   * matched only in the subject or people has none), or the noted highlight's range.
   */
  start?: number;
  end?: number;
  /** Every matched range of the hit's body text, in order (empty for note hits). */
  matches?: TextRange[];
}

/** The hits of one message (or of one document without messages), best group first. */
export interface SearchGroup {
  documentId: number;
  messageId: number | null;
  /** The best (lowest) score of its hits. */
  score: number;
  hits: SearchHit[];
}

/** How much of a tag is in use: what deleting or merging it would touch. */
export interface TagUsage {
  path: string;
  /** Highlights carrying the tag or one of its sub-tags. */
  annotations: number;
  /** Highlights carrying the tag itself. */
  direct: number;
  subTags: string[];
}

/** A highlighted passage in the story, with its source citation. */
export interface ChronologyEntry {
  annotationId: string;
  /** ISO 8601 in the sender's offset; null when neither message nor document is dated. */
  date: string | null;
  /** Where the date came from: the passage's message, the message the document is attached to, or the document's first dated message. */
  dateSource: "message" | "attachment" | "document" | null;
  from: string | null;
  to: string[];
  cc: string[];
  subject: string | null;
  quote: string;
  note: string;
  tags: string[];
  links: { relation: LinkRelation; direction: "outgoing" | "incoming"; annotationId: string }[];
  documentId: number;
  documentTitle: string;
  sha256: string;
  messageId: number | null;
  threadId: number | null;
  threadSubject: string | null;
  start: number;
  end: number;
  /** 0-based page index and printed stamp, for passages in PDFs. */
  page?: number;
  stamp?: string | null;
}

export interface ReviewState {
  reviewed: boolean;
  flagged: boolean;
  reviewedAt: string | null;
  flaggedAt: string | null;
  author: string | null;
}

export interface ReviewProgress {
  messagesReviewed: number;
  messages: number;
  /** Documents the library lists on their own (those holding no message). */
  documentsReviewed: number;
  documents: number;
  /** Messages and documents flagged. */
  flagged: number;
  flaggedMessages: number;
  flaggedDocuments: number;
}

/** Another place where a highlighted passage stands (a later reply quoting it, or the original). */
export interface QuotedCopy {
  documentId: number;
  messageId: number | null;
  start: number;
  end: number;
  /** The copy's text as it stands there (line breaks and quote marks may differ). */
  quote: string;
  date: string | null;
  from: string | null;
  /** A highlight with the same range and every tag of the original is already there. */
  alreadyHighlighted: boolean;
}

export function formatAddress(a: Partial<Address> | null | undefined): string | null {
  if (!a) return null;
  const name = a.name?.trim() ?? "";
  const address = a.address?.trim() ?? "";
  if (name && address && name !== address) return `${name} <${address}>`;
  return name || address || null;
}

export type ImportStatus = "imported" | "duplicate" | "failed";

export interface ImportResult {
  path: string;
  status: ImportStatus;
  documentId?: number;
  /** Every document the file yielded: itself and its attachments, or each message of a container. */
  documentIds?: number[];
  error?: string;
  /** For containers: how their messages fared. */
  messages?: { imported: number; duplicate: number; failed: number };
  /** Problems that did not stop the file, e.g. one unreadable message in an mbox. */
  warnings?: string[];
}

export interface ImportProgress {
  /** Files finished so far, of `total`. */
  filesDone: number;
  total: number;
  path: string;
  /** Messages read so far from the container being imported. */
  messagesDone?: number;
  /** Pages read so far of the PDF being imported, of `pageTotal`. */
  pagesDone?: number;
  pageTotal?: number;
}

/** A page of a PDF document: its range of the canonical text, size in points, stamp and FOIA marks. */
export interface PageView {
  pageIndex: number;
  start: number;
  end: number;
  width: number;
  height: number;
  /** The Bates number or page stamp printed on it. */
  stamp: string | null;
  exemptions: string[];
  ocr: boolean;
  ocrConfidence: number | null;
  /** Redaction boxes, [left, bottom, right, top] in half-points. */
  redactions: number[][];
}

/** What the page reader needs to lay a page's text over its image. */
export interface PageLayout {
  pageIndex: number;
  /** The page's range of the canonical text. */
  start: number;
  end: number;
  /**
   * Four numbers per UTF-16 unit of text[start, end): left, bottom, right, top in half-points of PDF
   * user space (origin bottom left); all zero for a character with no box (a line break).
   */
  boxes: number[];
}

/** What merging tag A into tag B did. */
export interface TagMergeResult {
  /** The tag that remains. */
  into: string;
  /** Every tag merged away: the one named and, where they met a namesake, its sub-tags. */
  merged: string[];
  /** Highlights that carried a merged tag; `added` of them did not already carry its namesake. */
  annotations: number;
  added: number;
}

export interface TagDeleteResult {
  removed: string[];
  /** Tag marks taken off highlights (one per highlight and tag). */
  untagged: number;
  /** Highlights that lost a tag. */
  annotations: number;
}

/** What "highlight all hits" made (or, for a dry run, would make). */
export interface SearchHighlights {
  /** Ranges that get (or got) a highlight. */
  planned: number;
  /** Ranges that already had the same highlight. */
  skipped: number;
  created: AnnotationView[];
}

export interface CarryResult {
  created: AnnotationView[];
  /** Copies that already had the same highlight. */
  skipped: number;
}

/** A memo (a brief's statement of facts, a note to file) as the list beside the library shows it. */
export interface MemoSummary {
  id: number;
  title: string;
  createdAt: string;
  updatedAt: string;
  /** How many evidence quotes it holds. */
  quotes: number;
}

/** A memo with its text: a Lexical editor state (JSON) whose "evidence-quote" nodes keep highlight ids. */
export interface Memo extends MemoSummary {
  content: string;
}

/**
 * What an evidence quote in a memo shows, read fresh from its highlight each time: "deleted" when the
 * highlight is gone (quote, tags and citation then null/empty), "orphaned" when its passage could not be
 * found again in the document.
 */
export interface EvidenceQuote {
  annotationId: string;
  status: AnchorStatus | "deleted";
  documentId: number | null;
  quote: string | null;
  note: string;
  tags: string[];
  /** The full pinpoint citation, in the case's citation style. */
  citation: string | null;
  /** The same for two quotes of the same source (document, and message within it): a repeat cites "Id.". */
  source: string | null;
  /** The pinpoint within the source (page stamp, or page), for "Id. at …"; null when it has none. */
  pinpoint: string | null;
}

/** What a memo can be written as. */
export const MEMO_FORMATS = ["docx", "pdf", "md"] as const;
export type MemoFormat = (typeof MEMO_FORMATS)[number];
