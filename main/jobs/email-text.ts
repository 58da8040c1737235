// The canonical text of an email, whatever format it came in: a printed-style header block, a blank
// line, then the body — so a native message reads (and is cited) like its printed copy.
import { canonicalText } from "../../shared/anchoring/normalize";
import { formatAddress, type Address, type MessageHeaders } from "../../shared/model";
import type { ParsedAttachment, ParsedEmail } from "./parsed";

function headerBlock(h: MessageHeaders, attachmentNames: string[]): string {
  const people = (list: Address[]) => list.map(formatAddress).filter(Boolean).join("; ");
  const lines: [string, string | null][] = [
    ["From", formatAddress(h.from)],
    ["To", people(h.to)],
    ["Cc", people(h.cc)],
    ["Date", h.dateRaw],
    ["Subject", h.subject],
    ["Attachments", attachmentNames.join("; ")],
  ];
  return lines
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}: ${value!.replace(/\s+/g, " ").trim()}`)
    .join("\n");
}

/** The text and the offset where the body starts (the text's length when there is no body). */
export function composeEmailText(headers: MessageHeaders, attachmentNames: string[], body: string): { text: string; bodyStart: number } {
  const head = canonicalText(headerBlock(headers, attachmentNames));
  const cleanBody = canonicalText(body);
  const separator = head && cleanBody ? "\n\n" : "";
  return { text: `${head}${separator}${cleanBody}`, bodyStart: head.length + separator.length };
}

/** The parsed email every format ends as: canonical text, headers, attachments in order. */
export function parsedEmail(headers: MessageHeaders, attachments: ParsedAttachment[], body: string, hasHtml: boolean): ParsedEmail {
  const { text, bodyStart } = composeEmailText(headers, attachments.map((a, i) => a.fileName ?? `attachment ${i + 1}`), body);
  return { kind: "email", title: headers.subject?.trim() || "(no subject)", text, bodyStart, headers, hasHtml, attachments };
}
