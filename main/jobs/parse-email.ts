// RFC 5322 / MIME messages (postal-mime) to canonical text, headers and attachments; embedded
// messages and readable attachments are parsed too, as documents of their own.
import PostalMime, { type Address as MimeAddress, type Attachment, type Email } from "postal-mime";
import { emailDateToIso } from "../../shared/dates";
import type { Address } from "../../shared/model";
import { parsedEmail } from "./email-text";
import type { ParsedAttachment, ParsedDocument, ParsedEmail, ParsedHeaders } from "./parsed";
import { htmlToText, parseHtml, parseText } from "./parse-text";

/** Embedded messages deeper than this are kept as attachments without being read. */
const MAX_DEPTH = 5;

function mailboxes(list: MimeAddress[] | MimeAddress | undefined): Address[] {
  const all = Array.isArray(list) ? list : list ? [list] : [];
  return all.flatMap((a) => (a.group ? a.group : [a])).map((m) => ({ name: m.name ?? "", address: m.address ?? "" }));
}

function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = value.match(/<[^<>\s]+>/g);
  return (bracketed ?? value.split(/\s+/)).map((id) => id.replace(/^<|>$/g, "").trim()).filter(Boolean);
}

function header(email: Email, key: string): string | null {
  return email.headers.find((h) => h.key === key)?.value ?? null;
}

function headersOf(email: Email): ParsedHeaders {
  const dateRaw = header(email, "date");
  return {
    date: emailDateToIso(dateRaw),
    dateRaw,
    from: mailboxes(email.from)[0] ?? null,
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    bcc: mailboxes(email.bcc),
    subject: email.subject ?? null,
    messageId: messageIds(email.messageId)[0] ?? null,
    inReplyTo: messageIds(email.inReplyTo)[0] ?? null,
    references: messageIds(email.references),
  };
}

function bytesOf(a: Attachment): Uint8Array {
  if (typeof a.content === "string") return new TextEncoder().encode(a.content);
  return a.content instanceof Uint8Array ? a.content : new Uint8Array(a.content);
}

async function readAttachment(a: Attachment, depth: number): Promise<ParsedAttachment> {
  const bytes = bytesOf(a);
  const fileName = a.filename ?? null;
  const attachment: ParsedAttachment = { fileName, mediaType: a.mimeType || "application/octet-stream", bytes };
  const name = fileName ?? "attachment";
  try {
    let document: ParsedDocument | undefined;
    if (a.mimeType === "message/rfc822" || /\.eml$/i.test(name)) {
      if (depth < MAX_DEPTH) document = await parseEmailAt(bytes, depth + 1);
    } else if (a.mimeType === "text/plain" && a.disposition !== null) document = parseText({ bytes, fileName: name });
    else if (a.mimeType === "text/html" && a.disposition === "attachment") document = parseHtml({ bytes, fileName: name });
    if (document) attachment.document = document;
  } catch (error) {
    attachment.error = `could not read ${name}: ${(error as Error).message}`;
  }
  return attachment;
}

/** An .eml saved from an mbox may open with its "From " envelope line, which is not a header. */
function withoutEnvelope(bytes: Uint8Array): Uint8Array {
  if (!(bytes[0] === 0x46 && bytes[1] === 0x72 && bytes[2] === 0x6f && bytes[3] === 0x6d && bytes[4] === 0x20)) return bytes;
  const lineEnd = bytes.indexOf(0x0a);
  return lineEnd === -1 ? bytes : bytes.subarray(lineEnd + 1);
}

async function parseEmailAt(bytes: Uint8Array, depth: number): Promise<ParsedEmail> {
  const email = await PostalMime.parse(withoutEnvelope(bytes), { forceRfc822Attachments: true, attachmentEncoding: "arraybuffer" });
  const headers = headersOf(email);
  // Inline images referenced from the HTML are part of its look, not documents.
  const kept = email.attachments.filter((a) => !a.related);
  const attachments = await Promise.all(kept.map((a) => readAttachment(a, depth)));
  const bodySource = email.text?.trim() ? email.text : email.html ? htmlToText(email.html) : "";
  return parsedEmail(headers, attachments, bodySource, !!email.html);
}

export function parseEmail(input: { bytes: Uint8Array }): Promise<ParsedEmail> {
  return parseEmailAt(input.bytes, 0);
}
