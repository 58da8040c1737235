// The one function that turns extracted text into a document's canonical text.
// Every offset stored in a case (annotations, messages, pages) counts UTF-16 code units of its output.

/** Control characters other than tab and newline; they never carry meaning in a release. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/g;
/** Trailing horizontal white space on a line. */
const TRAILING_SPACE = /[ \t\u00a0]+$/gm;
/** More than two consecutive blank lines carry no meaning either. */
const BLANK_RUN = /\n{4,}/g;

export function canonicalText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029]/g, "\n")
    .replace(CONTROL, "")
    .replace(TRAILING_SPACE, "")
    .replace(BLANK_RUN, "\n\n\n")
    .replace(/^\n+/, "")
    .replace(/\s+$/, "");
}
