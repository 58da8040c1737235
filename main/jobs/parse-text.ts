// Plain-text and HTML files to canonical text; HTML is reduced to its readable text (main/jobs/html-text.ts).
import { canonicalText } from "../../shared/anchoring/normalize";
import { decodeText } from "./decode-text";
import { htmlToText } from "./html-text";
import type { ParsedText } from "./parsed";
import { readPrinted } from "./read-printed";

/** A title from the first line with letters in it, shortened to fit a list (80 chars). */
export function titleFrom(text: string, fallback: string): string {
  const line = text.split("\n").find((l) => /\p{L}/u.test(l))?.trim() ?? "";
  if (!line) return fallback;
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

export { htmlToText };

/** A text may be a printed email thread saved as text: its messages are read like a PDF's. */
function withPrinted(parsed: ParsedText): ParsedText {
  const printed = readPrinted({ text: parsed.text, pages: [] });
  return printed.messages.length ? { ...parsed, printed } : parsed;
}

export function parseText(input: { bytes: Uint8Array; fileName: string }): ParsedText {
  const { text: raw, encoding } = decodeText(input.bytes);
  const text = canonicalText(raw);
  return withPrinted({ kind: "text", title: titleFrom(text, input.fileName), text, encoding });
}

export function parseHtml(input: { bytes: Uint8Array; fileName: string }): ParsedText {
  const { text: raw, encoding } = decodeText(input.bytes);
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(raw)?.[1]?.trim();
  const text = canonicalText(htmlToText(raw));
  return withPrinted({ kind: "html", title: title || titleFrom(text, input.fileName), text, encoding });
}
