// A memo's editor state read as plain blocks for writing it out (DOCX, PDF, Markdown, rich copy):
// headings, paragraphs, block quotes, list items (flattened, with their level) and evidence quotes,
// each holding runs of formatted text. Evidence quotes are numbered in document order — the order of
// memoQuotes — whether they stand as blocks of their own or inside a paragraph.
import { EVIDENCE_QUOTE } from "./memo-state";

/** A run of text with Lexical's formats. */
export interface TextRun {
  kind: "text";
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
  strike?: true;
  code?: true;
  superscript?: true;
  subscript?: true;
}

/** An evidence quote: its place among the memo's quotes (0-based), its highlight and left-out parts. */
export interface QuoteRef {
  kind: "quote";
  index: number;
  annotationId: string;
  omissions: [number, number][];
}

export type Inline = TextRun | { kind: "break" } | QuoteRef;

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3 | 4 | 5 | 6; inlines: Inline[] }
  | { kind: "paragraph"; inlines: Inline[]; indent: number; align: "left" | "center" | "right" | "justify" }
  | { kind: "blockquote"; inlines: Inline[] }
  /** A list item; `list` tells lists apart (numbers restart), `number` is its ordinal in an ordered list. */
  | { kind: "item"; list: number; ordered: boolean; level: number; number: number; checked?: boolean; inlines: Inline[] }
  | { kind: "evidence"; quote: QuoteRef }
  | { kind: "rule" };

interface Node {
  type?: unknown;
  children?: unknown;
  [key: string]: unknown;
}

const FORMAT = { bold: 1, italic: 2, strike: 4, underline: 8, code: 16, subscript: 32, superscript: 64 } as const;
const MAX_DEPTH = 100;

const childrenOf = (node: Node): Node[] => (Array.isArray(node.children) ? (node.children as unknown[]).filter((n): n is Node => typeof n === "object" && n !== null) : []);

function textRun(text: string, format: unknown): TextRun {
  const run: TextRun = { kind: "text", text };
  const bits = typeof format === "number" ? format : 0;
  for (const [name, bit] of Object.entries(FORMAT)) if (bits & bit) run[name as keyof typeof FORMAT] = true;
  return run;
}

/** A link's address when it is one a reader can follow safely; else null (the link is kept as its text). */
function safeUrl(url: unknown): string | null {
  return typeof url === "string" && /^(https?:|mailto:)/i.test(url.trim()) && url.length <= 2000 ? url.trim() : null;
}

function align(format: unknown): "left" | "center" | "right" | "justify" {
  return format === "center" || format === "right" || format === "justify" ? format : "left";
}

/** Reads a memo's editor state; a malformed one reads as no blocks. */
export function memoBlocks(json: string): { blocks: Block[]; quotes: QuoteRef[] } {
  let root: Node | null = null;
  try {
    const state = JSON.parse(json) as { root?: Node } | null;
    root = state && typeof state.root === "object" ? state.root : null;
  } catch {
    root = null;
  }
  const blocks: Block[] = [];
  const quotes: QuoteRef[] = [];
  if (!root) return { blocks, quotes };
  let lists = 0;

  const quoteOf = (node: Node): QuoteRef => {
    const omissions = Array.isArray(node.omissions) ? (node.omissions as [number, number][]) : [];
    const ref: QuoteRef = { kind: "quote", index: quotes.length, annotationId: String(node.annotationId ?? ""), omissions };
    quotes.push(ref);
    return ref;
  };

  /** The inline content of a node, in order (evidence quotes inside text stay inline). */
  const inlines = (node: Node, depth: number, out: Inline[] = [], format = 0): Inline[] => {
    if (depth > MAX_DEPTH) return out;
    for (const child of childrenOf(node)) {
      const type = child.type;
      if (type === EVIDENCE_QUOTE) out.push(quoteOf(child));
      else if (type === "linebreak") out.push({ kind: "break" });
      else if (type === "tab") out.push({ kind: "text", text: "\t" });
      else if (type === "text" || (typeof child.text === "string" && child.children === undefined)) {
        const text = typeof child.text === "string" ? child.text : "";
        if (text) out.push(textRun(text, (typeof child.format === "number" ? child.format : 0) | format));
      } else if (type === "link" || type === "autolink") {
        const before = out.length;
        inlines(child, depth + 1, out, format);
        const url = safeUrl(child.url);
        const shown = out.slice(before).map((i) => (i.kind === "text" ? i.text : "")).join("");
        if (url && url !== shown && `mailto:${shown}` !== url) out.push(textRun(` (${url})`, format));
      } else if (type !== "list") inlines(child, depth + 1, out, format);
    }
    return out;
  };

  const list = (node: Node, level: number, depth: number) => {
    const id = ++lists;
    const ordered = node.listType === "number";
    const start = typeof node.start === "number" && Number.isInteger(node.start) ? node.start : 1;
    let n = 0;
    for (const item of childrenOf(node)) {
      const nested = childrenOf(item).filter((c) => c.type === "list");
      const own = inlines(item, depth + 1);
      // Lexical keeps a nested list in an item of its own, with nothing else in it.
      if (own.length > 0 || nested.length === 0) {
        blocks.push({ kind: "item", list: id, ordered, level, number: start + n, ...(node.listType === "check" ? { checked: item.checked === true } : {}), inlines: own });
        n++;
      }
      for (const sub of nested) list(sub, Math.min(level + 1, 8), depth + 2);
    }
  };

  const block = (node: Node, depth: number) => {
    if (depth > MAX_DEPTH) return;
    const type = node.type;
    if (type === EVIDENCE_QUOTE) blocks.push({ kind: "evidence", quote: quoteOf(node) });
    else if (type === "heading") {
      const level = Number(/^h([1-6])$/.exec(String(node.tag))?.[1] ?? 1) as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ kind: "heading", level, inlines: inlines(node, depth) });
    } else if (type === "quote") blocks.push({ kind: "blockquote", inlines: inlines(node, depth) });
    else if (type === "list") list(node, 0, depth);
    else if (type === "horizontalrule") blocks.push({ kind: "rule" });
    else if (childrenOf(node).some((c) => c.type === "list" || c.type === "paragraph" || c.type === "heading" || c.type === "quote")) {
      // A container (a table, a collapsible): its blocks in order.
      for (const child of childrenOf(node)) block(child, depth + 1);
    } else {
      const indent = typeof node.indent === "number" && Number.isInteger(node.indent) ? Math.max(0, Math.min(node.indent, 8)) : 0;
      blocks.push({ kind: "paragraph", inlines: inlines(node, depth), indent, align: align(node.format) });
    }
  };

  for (const child of childrenOf(root)) block(child, 1);
  return { blocks, quotes };
}

/** The plain text of some inlines, quotes left out (for headings and tests). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.kind === "text" ? i.text : i.kind === "break" ? "\n" : "")).join("");
}
