// The job that reads a printed release's text: its messages (from their header blocks) and, per
// page, its Bates stamp and FOIA exemption codes.
import { findExemptions, pageStamp } from "./foia-marks";
import { segmentPrintedEmails, type PageRange, type SegmentedMessage } from "./segment/segment-printed";

export interface PageMarks {
  stamp: string | null;
  exemptions: string[];
}

export interface PrintedReading {
  messages: SegmentedMessage[];
  /** One entry per page range given, in order. */
  pages: PageMarks[];
}

export function readPrinted(input: { text: string; pages: PageRange[] }): PrintedReading {
  const pages = input.pages.map((p) => {
    const text = input.text.slice(p.start, p.end);
    return { stamp: pageStamp(text), exemptions: findExemptions(text) };
  });
  return { messages: segmentPrintedEmails(input.text, input.pages), pages };
}
