// What parsing jobs return to main: plain, structured-clonable data, never a handle on the store.
import type { Address } from "../../shared/model";

export interface ParsedHeaders {
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

export interface ParsedAttachment {
  fileName: string | null;
  mediaType: string;
  bytes: Uint8Array;
  /** Set when the attachment is itself a document this build can read (an email, text, HTML). */
  document?: ParsedDocument;
  /** Why a readable-looking attachment could not be read. */
  error?: string;
}

export interface ParsedEmail {
  kind: "email";
  title: string;
  text: string;
  bodyStart: number;
  headers: ParsedHeaders;
  hasHtml: boolean;
  attachments: ParsedAttachment[];
}

export interface ParsedText {
  kind: "text" | "html";
  title: string;
  text: string;
  encoding: string;
}

export type ParsedDocument = ParsedEmail | ParsedText;
