// What the annotated export must know about a released PDF before it adds to it, read from the raw
// bytes: where the file really begins (some releases carry junk before "%PDF-", and their offsets count
// from the header), whether its encryption permissions allow adding annotations, and whether a
// certification signature (DocMDP) forbids them. The dictionaries read here are never inside encrypted
// strings or compressed object streams (the PDF standard keeps them out of both).

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");

/** Where "%PDF-" begins (readers look for it within the first kilobyte); 0 when the file starts with it or lacks it. */
export function headerOffset(bytes: Uint8Array): number {
  const at = latin1(bytes.subarray(0, 1024)).indexOf("%PDF-");
  return at > 0 ? at : 0;
}

/** The body of the last `n g obj … endobj` in the file (the newest revision of the object). */
function objectBody(text: string, n: number, g: number): string | null {
  const re = new RegExp(`(?:^|[^\\d])${n}\\s+${g}\\s+obj\\b`, "g");
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index + m[0].length;
  if (last < 0) return null;
  const end = text.indexOf("endobj", last);
  return text.slice(last, end < 0 ? undefined : end);
}

/** A number, direct or behind one reference. */
function numberAt(text: string, value: string): number | null {
  const direct = /^\s*(-?\d+)(?!\s+\d+\s+R)/.exec(value);
  if (direct) return Number(direct[1]);
  const ref = /^\s*(\d+)\s+(\d+)\s+R/.exec(value);
  if (!ref) return null;
  const body = objectBody(text, Number(ref[1]), Number(ref[2]));
  const n = body ? /^\s*(-?\d+)/.exec(body) : null;
  return n ? Number(n[1]) : null;
}

/** The encryption dictionary's permission flags (/P) in a PDF read as Latin-1, or null when it is not encrypted. */
export function permissionFlags(text: string): number | null {
  const refs = [...text.matchAll(/\/Encrypt\s*(?:(\d+)\s+(\d+)\s+R|<<)/g)];
  const last = refs.at(-1);
  if (!last) return null;
  const dict = last[1] !== undefined ? objectBody(text, Number(last[1]), Number(last[2])) : text.slice(last.index! + last[0].length);
  if (dict === null) return null;
  const p = /\/P(?![\w#])\s*([^/>]*)/.exec(dict);
  return p ? numberAt(text, p[1]!) : null;
}

/** Bit 4 of /P (counting from 1: bit 6, value 32): "add or modify text annotations". */
export const ANNOTATIONS_ALLOWED = 32;

/**
 * The DocMDP level of a certification signature: 1 (no changes), 2 (form filling and signing only) or 3
 * (annotations too); null when the file is not certified.
 */
export function docMdpLevel(text: string): number | null {
  const at = /\/TransformMethod\s*\/DocMDP\b/.exec(text);
  if (!at) return null;
  // The signature reference dictionary around it: its /TransformParams hold /P (2 when absent).
  const around = text.slice(Math.max(0, at.index - 400), at.index + 600);
  const params = /\/TransformParams\s*<<([\s\S]*?)>>/.exec(around);
  const p = params ? /\/P(?![\w#])\s*(\d+)/.exec(params[1]!) : null;
  return p ? Number(p[1]) : 2;
}

/** Why highlights may not be added to this PDF, in words a user can act on; null when they may. */
export function annotationRefusal(bytes: Uint8Array): string | null {
  const text = latin1(bytes);
  const mdp = docMdpLevel(text);
  if (mdp !== null && mdp < 3) {
    return `it is certified with a signature that allows ${mdp === 1 ? "no changes" : "no changes but filling in forms and signing"} (DocMDP level ${mdp}); highlights added to it would show as a breach of that certification. Its highlights are still in the evidence table and the chronology`;
  }
  const p = permissionFlags(text);
  if (p !== null && (p & ANNOTATIONS_ALLOWED) === 0) {
    return "its publisher's permissions do not allow adding annotations (the encryption dictionary's /P flags), and Casemark respects them. Its highlights are still in the evidence table and the chronology";
  }
  return null;
}
