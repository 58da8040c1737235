// Notes are rich text: a Lexical editor state (JSON) kept with its plain text, which search, exports and
// the CLI use. Main derives the plain text itself from the state, so the two can never disagree, and
// accepts only the nodes the note editor makes (paragraphs, text, line breaks, tabs, lists, quotes, headings).

interface SerializedText {
  type: "text";
  text: string;
  detail: 0;
  format: 0;
  mode: "normal";
  style: "";
  version: 1;
}

interface SerializedParagraph {
  type: "paragraph";
  children: SerializedText[];
  direction: null;
  format: "";
  indent: 0;
  textFormat: 0;
  textStyle: "";
  version: 1;
}

/** The Lexical serialized editor state of a plain-text note: one paragraph per line. */
export function plainTextNote(text: string): string {
  const paragraphs: SerializedParagraph[] = text.split("\n").map((line) => ({
    type: "paragraph",
    children: line ? [{ type: "text", text: line, detail: 0, format: 0, mode: "normal", style: "", version: 1 }] : [],
    direction: null,
    format: "",
    indent: 0,
    textFormat: 0,
    textStyle: "",
    version: 1,
  }));
  return JSON.stringify({ root: { type: "root", children: paragraphs, direction: null, format: "", indent: 0, version: 1 } });
}

/** Lexical's text format bits that notes use. */
export const NOTE_FORMAT = { bold: 1, italic: 2, underline: 8 } as const;

const BLOCKS = new Set(["paragraph", "heading", "quote", "list", "listitem"]);
const INLINE = new Set(["text", "linebreak", "tab"]);
/** Deeper than any note a person writes (lists nest), shallow enough that a hostile state cannot exhaust the stack. */
const MAX_DEPTH = 32;

export class InvalidNote extends Error {}

interface NoteNode {
  type: string;
  text?: unknown;
  children?: unknown;
  listType?: unknown;
  value?: unknown;
}

function asNode(value: unknown, where: string): NoteNode {
  if (typeof value !== "object" || value === null || Array.isArray(value) || typeof (value as NoteNode).type !== "string") {
    throw new InvalidNote(`${where} is not a note node`);
  }
  const node = value as NoteNode;
  if (!BLOCKS.has(node.type) && !INLINE.has(node.type)) throw new InvalidNote(`${where}: a note cannot hold a "${node.type}" node`);
  if (node.type === "text" && typeof node.text !== "string") throw new InvalidNote(`${where}: a text node without text`);
  if (BLOCKS.has(node.type) && !Array.isArray(node.children)) throw new InvalidNote(`${where}: a ${node.type} without children`);
  return node;
}

function inlineText(node: NoteNode): string {
  if (node.type === "text") return node.text as string;
  return node.type === "tab" ? "\t" : "\n";
}

/** The lines of a block: its inline text, nested lists indented, list items marked "•" or "1.". */
function blockLines(node: NoteNode, depth: number, where: string): string[] {
  if (depth > MAX_DEPTH) throw new InvalidNote(`${where}: nested too deeply`);
  const children = (node.children as unknown[]).map((child, i) => asNode(child, `${where}.${i}`));
  if (node.type === "list") {
    const numbered = node.listType === "number";
    let n = 0;
    return children.flatMap((item, i) => {
      if (item.type !== "listitem") throw new InvalidNote(`${where}.${i}: a list holds only list items`);
      const nested = (item.children as unknown[]).length > 0 && (item.children as unknown[]).every((c) => asNode(c, `${where}.${i}`).type === "list");
      const lines = blockLines(item, depth + 1, `${where}.${i}`);
      if (nested) return lines.map((line) => `  ${line}`);
      n += 1;
      const marker = numbered ? `${n}.` : "•";
      return lines.map((line, j) => (j === 0 ? `${marker} ${line}` : `  ${line}`));
    });
  }
  const lines: string[] = [];
  let inline = "";
  for (const [i, child] of children.entries()) {
    if (INLINE.has(child.type)) {
      inline += inlineText(child);
    } else {
      if (inline) lines.push(...inline.split("\n"));
      inline = "";
      lines.push(...blockLines(child, depth + 1, `${where}.${i}`));
    }
  }
  if (inline || lines.length === 0) lines.push(...inline.split("\n"));
  return lines;
}

/** The plain text of a serialized note state; throws InvalidNote for anything the note editor would not make. */
export function noteText(json: string): string {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    throw new InvalidNote("the note is not JSON");
  }
  const root = (state as { root?: unknown } | null)?.root as NoteNode | undefined;
  if (typeof root !== "object" || root === null || root.type !== "root" || !Array.isArray(root.children)) {
    throw new InvalidNote("the note has no root");
  }
  const blocks = root.children.map((child, i) => asNode(child, `root.${i}`));
  for (const [i, b] of blocks.entries()) if (!BLOCKS.has(b.type)) throw new InvalidNote(`root.${i}: the root holds only blocks`);
  return blocks
    .flatMap((b, i) => blockLines(b, 1, `root.${i}`))
    .join("\n")
    .replace(/\s+$/, "");
}

export function isNoteState(json: string): boolean {
  try {
    noteText(json);
    return true;
  } catch {
    return false;
  }
}

/** A note as stored: its editor state (null for none) and plain text. */
export interface StoredNote {
  json: string | null;
  text: string;
}

/** The note to store, from plain text or an editor state (the state wins); undefined when neither is given. */
export function storedNote(change: { note?: string; noteJson?: string | null }): StoredNote | undefined {
  if (change.noteJson !== undefined && change.noteJson !== null) {
    const text = noteText(change.noteJson);
    return text ? { json: change.noteJson, text } : { json: null, text: "" };
  }
  if (change.noteJson === null) return { json: null, text: "" };
  if (change.note === undefined) return undefined;
  return change.note ? { json: plainTextNote(change.note), text: change.note } : { json: null, text: "" };
}
