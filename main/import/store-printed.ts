// Writes what was read from a printed release: its messages (with page span, stamp and exemption
// codes) and their search units. Runs inside the caller's transaction.
import { formatAddress } from "../../shared/model";
import type { Case } from "../store/case-file";
import { insertMessage } from "../store/messages";
import { indexUnit } from "../store/search";
import type { PrintedReading } from "../jobs/read-printed";

/** Stores the messages; returns their ids in text order. */
export function storePrintedMessages(c: Case, documentId: number, reading: PrintedReading): number[] {
  return reading.messages.map((m, ordinal) => {
    const pages = m.pageStart === null ? [] : reading.pages.slice(m.pageStart, (m.pageEnd ?? m.pageStart) + 1);
    const { id } = insertMessage(c, {
      ...m,
      documentId,
      ordinal,
      pageStamp: pages[0]?.stamp ?? null,
      exemptions: [...new Set(pages.flatMap((p) => p.exemptions))],
    });
    return id;
  });
}

/** One search unit per message of a text document (a PDF's units are its pages instead). */
export function indexPrintedMessages(c: Case, documentId: number, text: string, reading: PrintedReading, ids: number[]): void {
  reading.messages.forEach((m, i) => {
    const people = [m.from, ...m.to, ...m.cc].map(formatAddress).filter(Boolean).join("; ");
    indexUnit(c, { documentId, messageId: ids[i]!, body: text.slice(m.bodyStart, m.end), subject: m.subject, people });
  });
}
