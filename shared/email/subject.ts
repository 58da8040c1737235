// Subject normalisation for threading: strips reply/forward prefixes in the languages releases use.

/** Reply and forward markers: English, German, Nordic, Dutch, French, Spanish, Italian, Portuguese. */
const PREFIX = /^\s*(?:(?:re|fw|fwd|aw|wg|sv|vs|antw|doorst|tr|rv|rif|res|enc)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*|\[[^\]]{1,40}\]\s*)/i;

export function normalizeSubject(subject: string | null | undefined): string {
  let s = (subject ?? "").normalize("NFC").replace(/\s+/g, " ").trim();
  for (let previous = ""; previous !== s; ) {
    previous = s;
    s = s.replace(PREFIX, "").trim();
  }
  return s.toLowerCase();
}

/** True when the subject says it answers or forwards another message. */
export function isReplySubject(subject: string | null | undefined): boolean {
  return /^\s*(?:re|fw|fwd|aw|wg|sv|vs|antw|tr|rv|rif|res|enc)\s*(?:\[\d+\])?\s*[:：]/i.test(subject ?? "");
}
