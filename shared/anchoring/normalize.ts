// The one function that turns extracted text into a document's canonical text. Every offset stored in
// a case (annotations, messages, pages) counts UTF-16 code units of its output. The mapped form also
// says, for each output unit, which input unit it came from, so PDF character boxes follow the text.

/** Control characters other than tab and newline (and the BOM); they never carry meaning in a release. */
function isDropped(code: number): boolean {
  return (code <= 0x1f && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f || code === 0xfeff;
}

const isLineBreak = (code: number) => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
/** A printable character below U+0300 other than white space: unchanged by every rule here. */
const isPlain = (code: number) => code > 0x20 && code < 0x300 && code !== 0x7f && code !== 0xa0;
const isTrailingSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0;
/** Characters that may compose with the one before them under NFC. */
const COMBINING = /^[\p{M}\u1160-\u11ff]/u;
/** Nothing below U+0300 composes with what precedes it, or changes under NFC on its own. */
const FIRST_COMBINING = 0x300;
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
  const n = raw.length;
  let text = "";
  let map = new Int32Array(n + 8);
  let length = 0;
  /** Appends output units, each mapped to input index `at`. */
  const put = (units: string, at: number) => {
    text += units;
    if (length + units.length > map.length) {
      const bigger = new Int32Array(Math.max(map.length * 2, length + units.length));
      bigger.set(map.subarray(0, length));
      map = bigger;
    }
    for (let k = 0; k < units.length; k++) map[length++] = at;
  };
  /** Appends input units [from, to) unchanged, each mapped to itself. */
  const putRun = (from: number, to: number) => {
    text += raw.slice(from, to);
    if (length + (to - from) > map.length) {
      const bigger = new Int32Array(Math.max(map.length * 2, length + (to - from)));
      bigger.set(map.subarray(0, length));
      map = bigger;
    }
    for (let k = from; k < to; k++) map[length++] = k;
  };
  // Spaces and line breaks wait until something follows them: trailing ones go.
  const spaces: number[] = [];
  const breaks: number[] = [];

  let i = 0;
  while (i < n) {
    const code = raw.charCodeAt(i);
    if (isLineBreak(code)) {
      spaces.length = 0; // trailing white space before a line break goes
      breaks.push(i);
      i += code === 0x0d && raw.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      continue;
    }
    if (isDropped(code)) {
      i++;
      continue;
    }
    if (isTrailingSpace(code)) {
      spaces.push(i);
      i++;
      continue;
    }
    if (breaks.length > 0) {
      if (length > 0) for (let b = 0; b < breaks.length && b < MAX_NEWLINES; b++) put("\n", breaks[b]!);
      breaks.length = 0;
    }
    for (const at of spaces) put(raw[at]!, at);
    spaces.length = 0;

    // Fast path: a run of characters below U+0300 (no controls or breaks, spaces only between them) is
    // its own canonical form, except its last character when a mark or a dropped control may follow it.
    if (isPlain(code)) {
      let j = i + 1;
      for (;;) {
        while (j < n && isPlain(raw.charCodeAt(j))) j++;
        // Spaces between words stay (with their own positions); only trailing ones wait.
        let k = j;
        while (k < n && isTrailingSpace(raw.charCodeAt(k))) k++;
        if (k === j || k >= n || !isPlain(raw.charCodeAt(k))) break;
        j = k;
      }
      if (j < n && !isLineBreak(raw.charCodeAt(j)) && !isTrailingSpace(raw.charCodeAt(j))) j--;
      if (j > i) {
        putRun(i, j);
        i = j;
        continue;
      }
    }
    // A base character with the marks that follow it is normalised as one cluster.
    // Dropped control characters inside the cluster go first, as if they had never been there.
    const unitLength = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    let cluster: string | null = null;
    let end = i + unitLength;
    while (end < n) {
      const next = raw.charCodeAt(end);
      if (isDropped(next)) {
        end++;
        continue;
      }
      if (next < FIRST_COMBINING) break;
      const nextLength = next >= 0xd800 && next <= 0xdbff ? 2 : 1;
      const nextUnits = raw.slice(end, end + nextLength);
      if (!COMBINING.test(nextUnits)) break;
      cluster = (cluster ?? raw.slice(i, i + unitLength)) + nextUnits;
      end += nextLength;
    }
    // Below U+0300 a lone character is its own NFC form.
    if (cluster !== null) put(cluster.normalize("NFC"), i);
    else if (code < FIRST_COMBINING) put(raw[i]!, i);
    else put(raw.slice(i, i + unitLength).normalize("NFC"), i);
    i = end;
  }
  return { text, map: map.slice(0, length) };
}

export function canonicalText(raw: string): string {
  return canonicalTextMapped(raw).text;
}
