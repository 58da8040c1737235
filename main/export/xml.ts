// Text as XML 1.0 can hold it, for the XML Casemark writes (REFI-QDA projects, spreadsheets).

/** Characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE, U+FFFF). */
// eslint-disable-next-line no-control-regex -- these very characters are what it removes
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escaped for an element or an attribute; characters XML cannot hold even escaped are dropped (they never carry meaning here). */
export function xml(value: string): string {
  return value
    .replace(XML_FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
