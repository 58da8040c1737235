// What parsing jobs return to main: plain, structured-clonable data, never a handle on the store.
import type { MessageHeaders } from "../../shared/model";
import type { PrintedReading } from "./read-printed";

export type ParsedHeaders = MessageHeaders;

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
  /** Messages found in a text that is a printed email thread. */
  printed?: PrintedReading;
}

export type ParsedDocument = ParsedEmail | ParsedText;
