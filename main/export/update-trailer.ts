// PDFium copies every key of a released file's trailer into the trailer of its incremental update and
// re-escapes names it does not understand (a "/##00##" comes back as a name holding a NUL, which qpdf
// reports as an error of the export). The update's classic trailer is rewritten to keep only what
// readers use — /Size, /Root, /Info, /Encrypt, /ID, /Prev — as the xref-stream repair already does.
// The trailer follows every object and the xref table, so no offset moves.

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");

/**
 * The dictionary text from `<<` with everything below its top level (nested dictionaries, the insides
 * of literal strings) blanked, so keys can be read off its top level; and where the dictionary ends.
 */
function topLevel(text: string, start: number): { flat: string; end: number } | null {
  let depth = 0;
  let out = "";
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "(") {
      // A literal string: balanced parentheses, backslash escapes.
      let level = 0;
      let j = i;
      for (; j < text.length; j++) {
        if (text[j] === "\\") j++;
        else if (text[j] === "(") level++;
        else if (text[j] === ")" && --level === 0) break;
      }
      out += depth === 1 ? `(${" ".repeat(Math.max(0, j - i - 1))})` : " ".repeat(j - i + 1);
      i = j;
      continue;
    }
    if (ch === "<" && text[i + 1] === "<") {
      depth++;
      out += depth === 1 ? "<<" : "  ";
      i++;
      continue;
    }
    if (ch === ">" && text[i + 1] === ">") {
      depth--;
      out += depth === 0 ? ">>" : "  ";
      i++;
      if (depth === 0) return { flat: out, end: i + 1 };
      continue;
    }
    out += depth === 1 ? ch : " ";
  }
  return null;
}

export function tidyUpdateTrailer(saved: Uint8Array, originalLength: number): Uint8Array {
  const update = latin1(saved.subarray(originalLength));
  const at = update.lastIndexOf("trailer");
  if (at < 0) return saved;
  const open = update.indexOf("<<", at);
  const dict = open < 0 ? null : topLevel(update, open);
  if (!dict) return saved;
  const { flat } = dict;
  // A direct /Encrypt dictionary is kept as it is: rewriting it is not worth the risk.
  if (/\/Encrypt\s*<</.test(flat)) return saved;
  const value = (key: string) => new RegExp(`/${key}(?![\\w#])\\s*(\\d+\\s+\\d+\\s+R|\\d+)`).exec(flat)?.[1];
  const root = value("Root");
  const size = value("Size");
  if (!root || !size) return saved;
  const idAt = /\/ID\s*\[/.exec(flat);
  const idEnd = idAt ? flat.indexOf("]", idAt.index) : -1;
  const id = idAt && idEnd > 0 ? update.slice(open + idAt.index, open + idEnd + 1) : "";
  const keep = [`/Size ${size}`, `/Root ${root}`, ...["Info", "Encrypt"].flatMap((k) => (value(k) ? [`/${k} ${value(k)}`] : [])), id, ...(value("Prev") ? [`/Prev ${value("Prev")}`] : [])];
  const tidy = `<<${keep.filter(Boolean).join("")}>>`;
  const before = Buffer.from(saved.subarray(0, originalLength + open));
  const after = Buffer.from(saved.subarray(originalLength + dict.end));
  return Buffer.concat([before, Buffer.from(tidy, "latin1"), after]);
}
