// Finds where a message's own text ends and the quoted history (earlier messages it replies to or forwards)
// begins, so the reader can fold it away. Only unambiguous separators count: a wrong fold would hide evidence.

const SEPARATORS: readonly RegExp[] = [
  // Outlook and Lotus: "-----Original Message-----", "----- Forwarded by … -----".
  /^[ \t]*-{3,}[ \t]*(?:Original Message|Forwarded (?:message|by)[^\n]*?)[ \t]*-{3,}[ \t]*$/im,
  // Gmail, Apple Mail, Thunderbird: "On Fri, 10 Feb 2017 at 16:12, Name <a@b> wrote:" (possibly wrapped once).
  /^[ \t]*On [^\n]{6,200}(?:\n[^\n]{1,120})?wrote:[ \t]*$/m,
  // Outlook without the dashes: a header block "From: …" followed by "Sent: …" on the next line.
  /^[ \t]*_{10,}[ \t]*\n[ \t]*From:[^\n]*\n[ \t]*Sent:/m,
];

/** The canonical offset where quoted history starts within [from, to), or null when there is none. */
export function quotedHistoryStart(text: string, from: number, to: number): number | null {
  const body = text.slice(from, to);
  let first: number | null = null;
  for (const pattern of SEPARATORS) {
    const match = pattern.exec(body);
    if (match && (first === null || match.index < first)) first = match.index;
  }
  // A message that is nothing but quoted history (or nearly so) is shown whole: there is nothing to fold it under.
  if (first === null || body.slice(0, first).trim().length === 0) return null;
  return from + first;
}
