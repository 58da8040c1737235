// The one function that turns extracted text into a document's canonical text. Every offset stored in
// a case (annotations, messages, pages) counts UTF-16 code units of its output. The mapped form also
// says, for each output unit, which input unit it came from, so PDF character boxes follow the text.

/** Control characters other than tab and newline (and the BOM); they never carry meaning in a release. */
function isDropped(code: number): boolean {
  return (code <= 0x1f && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f || code === 0xfeff;
}

const isLineBreak = (code: number) => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
const isTrailingSpace = (ch: string) => ch === " " || ch === "\t" || ch === "\u00a0";
/** Characters that may compose with the one before them under NFC. */
const COMBINING = /^[\p{M}\u1160-\u11ff]/u;
/** More than two consecutive blank lines carry no meaning: at most three newlines in a row. */
const MAX_NEWLINES = 3;

export interface MappedText {
  text: string;
  /** For each UTF-16 unit of `text`, the index in the input of the unit it came from. */
  map: Int32Array;
}

/**
 * NFC, line breaks as "\n", control characters dropped, trailing spaces trimmed per line, at most two
 * blank lines in a row, no leading newlines, no trailing white space.
 */
export function canonicalTextMapped(raw: string): MappedText {
  const out: string[] = [];
  const map: number[] = [];
  let pendingSpaces: { ch: string; at: number }[] = [];
  let newlines: number[] = [];

  const flushBreaks = () => {
    if (newlines.length > 0) {
      if (out.length > 0) {
        for (const at of newlines.slice(0, MAX_NEWLINES)) {
          out.push("\n");
          map.push(at);
        }
      }
      newlines = [];
    }
  };
  const emit = (text: string, at: number) => {
    flushBreaks();
    for (const s of pendingSpaces) {
      out.push(s.ch);
      map.push(s.at);
    }
    pendingSpaces = [];
    for (let k = 0; k < text.length; k++) {
      out.push(text[k]!);
      map.push(at);
    }
  };

  let i = 0;
  while (i < raw.length) {
    const code = raw.charCodeAt(i);
    if (isLineBreak(code)) {
      pendingSpaces = []; // trailing white space before a line break goes
      newlines.push(i);
      i += code === 0x0d && raw.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      continue;
    }
    if (isDropped(code)) {
      i++;
      continue;
    }
    const unitLength = code >= 0xd800 && code <= 0xdbff && i + 1 < raw.length ? 2 : 1;
    const ch = raw.slice(i, i + unitLength);
    if (isTrailingSpace(ch)) {
      pendingSpaces.push({ ch, at: i });
      i++;
      continue;
    }
    // A base character with the marks that follow it is normalised as one cluster.
    // Dropped control characters inside the cluster go first, as if they had never been there.
    let cluster = ch;
    let end = i + unitLength;
    for (;;) {
      const next = raw.charCodeAt(end);
      if (end >= raw.length) break;
      if (isDropped(next) && !isLineBreak(next)) {
        end++;
        continue;
      }
      const nextLength = next >= 0xd800 && next <= 0xdbff ? 2 : 1;
      const nextCh = raw.slice(end, end + nextLength);
      if (!COMBINING.test(nextCh)) break;
      cluster += nextCh;
      end += nextLength;
    }
    emit(cluster.normalize("NFC"), i);
    i = end;
  }
  return { text: out.join(""), map: Int32Array.from(map) };
}

export function canonicalText(raw: string): string {
  return canonicalTextMapped(raw).text;
}
