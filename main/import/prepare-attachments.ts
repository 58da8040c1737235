// Finds the PDFs attached to a parsed message (at any depth of attached messages) and reads them
// through the jobs, so the message and its attachments can be written in one transaction.
import type { ParsedAttachment, ParsedDocument } from "../jobs/parsed";
import { sha256 } from "../store/blobs";
import { preparePdf, type PrepareOptions } from "./prepare-pdf";
import type { PreparedPdfs } from "./store-parsed";

const isPdf = (a: ParsedAttachment) =>
  a.mediaType === "application/pdf" || /\.pdf$/i.test(a.fileName ?? "") || (a.bytes[0] === 0x25 && a.bytes[1] === 0x50 && a.bytes[2] === 0x44 && a.bytes[3] === 0x46);

function* attachmentsOf(parsed: ParsedDocument): Generator<ParsedAttachment> {
  if (parsed.kind !== "email") return;
  for (const a of parsed.attachments) {
    yield a;
    if (a.document) yield* attachmentsOf(a.document);
  }
}

/** Reads every attached PDF; one that cannot be read is kept as a plain attachment, with its reason in `error`. */
export async function prepareAttachedPdfs(parsed: ParsedDocument, options: PrepareOptions): Promise<PreparedPdfs> {
  const pdfs = new Map();
  for (const a of attachmentsOf(parsed)) {
    if (!isPdf(a)) continue;
    const sha = sha256(a.bytes);
    if (pdfs.has(sha)) continue;
    const pdf = await preparePdf(a.bytes, sha, options);
    if ("error" in pdf) a.error = `${a.fileName ?? "attached PDF"}: ${pdf.error}`;
    else pdfs.set(sha, pdf);
  }
  return pdfs;
}

/** What went wrong with a message's attachments, at any depth, as warnings for its import result. */
export function attachmentWarnings(parsed: ParsedDocument): string[] {
  return [...attachmentsOf(parsed)].flatMap((a) => (a.error ? [a.error] : []));
}
