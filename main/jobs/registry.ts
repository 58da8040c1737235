// The jobs a worker can run, by name: each takes plain data and returns plain data.
import { parseEmail } from "./parse-email";
import { parseMsg } from "./parse-msg";
import { parseHtml, parseText } from "./parse-text";
import { parseRtf } from "./parse-rtf";
import { readPrinted } from "./read-printed";
import { extractPdfPages, pdfInfo } from "./pdf/extract-pdf";
import { ocrPdfPage } from "./pdf/ocr-page";
import { annotatePdf } from "./pdf/annotate-pdf";

export const JOBS = {
  "parse-email": parseEmail,
  "parse-text": parseText,
  "parse-html": parseHtml,
  "parse-msg": parseMsg,
  "parse-rtf": parseRtf,
  "pdf-info": pdfInfo,
  "extract-pdf-pages": extractPdfPages,
  "ocr-pdf-page": ocrPdfPage,
  "read-printed": readPrinted,
  "annotate-pdf": annotatePdf,
} as const;

export type JobName = keyof typeof JOBS;
export type JobInput<K extends JobName> = Parameters<(typeof JOBS)[K]>[0];
export type JobOutput<K extends JobName> = Awaited<ReturnType<(typeof JOBS)[K]>>;

export interface JobRequest {
  id: number;
  name: JobName;
  input: unknown;
}
