// Rich Text Format files (saved Outlook bodies, Word exports) to canonical text; nothing in them runs.
import { canonicalText } from "../../shared/anchoring/normalize";
import { readRtf } from "./msg-body";
import type { ParsedText } from "./parsed";
import { htmlToText, titleFrom } from "./parse-text";

export function parseRtf(input: { bytes: Uint8Array; fileName: string }): ParsedText {
  const head = Buffer.from(input.bytes.subarray(0, 5)).toString("latin1");
  if (head !== "{\\rtf") throw new Error('this file is not RTF (it does not start with "{\\rtf")');
  const body = readRtf(Buffer.from(input.bytes));
  const text = canonicalText(body.mode === "html" ? htmlToText(body.content) : body.content);
  return { kind: "text", title: titleFrom(text, input.fileName), text, encoding: "rtf" };
}
