// The search box's language, parsed into a tree: words, "phrases", prefix*, AND / OR / NOT (and -word),
// parentheses, field:word for the indexed fields, and filter:value for the structured filters.
// Nothing here knows FTS5; shared/search/fts5.ts turns the tree into a safe MATCH expression.

/** Indexed fields a term can be limited to: the text, its subject line, its people, or highlights' notes. */
export const SEARCH_FIELDS = ["body", "subject", "people", "note"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Filters the query may carry as `name:value`; they apply to the whole query. */
export const QUERY_FILTERS = ["from", "to", "after", "before", "tag", "doc", "exemption"] as const;
export type QueryFilterName = (typeof QUERY_FILTERS)[number];

export interface QueryFilters {
  /** Sender: part of a name or address. */
  from?: string;
  /** Recipient (To, Cc or Bcc): part of a name or address. */
  to?: string;
  /** Inclusive bounds on the message date: YYYY-MM-DD (the day as the sender wrote it) or an ISO instant. */
  after?: string;
  before?: string;
  tag?: string;
  documentId?: number;
  exemption?: string;
}

export type QueryNode =
  | { type: "term"; text: string; phrase: boolean; prefix: boolean; field: SearchField | null }
  | { type: "and"; children: QueryNode[] }
  | { type: "or"; children: QueryNode[] }
  | { type: "not"; child: QueryNode };

export interface ParsedQuery {
  /** Null when the query holds no searchable word (only filters, operators or punctuation). */
  root: QueryNode | null;
  filters: QueryFilters;
  /** What was ignored or repaired, in words a user understands. */
  warnings: string[];
}

/** Bounds that keep hostile input cheap: terms searched, and how deep parentheses may nest. */
export const MAX_TERMS = 64;
export const MAX_DEPTH = 16;

type Token =
  | { kind: "open" | "close" | "and" | "or" | "not" }
  | { kind: "term"; text: string; phrase: boolean; prefix: boolean; field: SearchField | null }
  | { kind: "field-group"; field: SearchField }
  | { kind: "filter"; name: QueryFilterName; value: string };

/** A FOIA exemption code such as (b)(6) or (b)(7)(C): searched as the phrase it is, not as groups. */
const EXEMPTION_CODE = /^\(\s*b\s*\)\s*\(\s*\d\s*\)(?:\s*\(\s*[a-f]\s*\))?/i;
const WORD_END = /[\s()"]/;
/** A term must hold a letter or digit to match anything (the index keeps only those). */
const SEARCHABLE = /[\p{L}\p{N}\p{Co}]/u;

const isField = (name: string): name is SearchField => (SEARCH_FIELDS as readonly string[]).includes(name);
const isFilter = (name: string): name is QueryFilterName => (QUERY_FILTERS as readonly string[]).includes(name);

/** Reads a "quoted" run starting at `at` (on the quote); an unterminated one runs to the end. */
function readQuoted(query: string, at: number, warnings: string[]): { text: string; next: number; prefix: boolean } {
  const close = query.indexOf('"', at + 1);
  if (close === -1) warnings.push("A quote was not closed; the phrase runs to the end of the query.");
  const end = close === -1 ? query.length : close;
  let next = close === -1 ? query.length : close + 1;
  const prefix = query[next] === "*";
  while (query[next] === "*") next++;
  return { text: query.slice(at + 1, end), next, prefix };
}

function tokenize(query: string, warnings: string[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const code = EXEMPTION_CODE.exec(query.slice(i, i + 24));
    if (code) {
      tokens.push({ kind: "term", text: code[0], phrase: true, prefix: false, field: null });
      i += code[0].length;
      continue;
    }
    if (ch === "(" || ch === ")") {
      tokens.push({ kind: ch === "(" ? "open" : "close" });
      i++;
      continue;
    }
    if (ch === '"') {
      const quoted = readQuoted(query, i, warnings);
      tokens.push({ kind: "term", text: quoted.text, phrase: true, prefix: quoted.prefix, field: null });
      i = quoted.next;
      continue;
    }
    // "-word" excludes, like NOT; a "-" inside a word ("e-mail") is part of it.
    if (ch === "-" && i + 1 < query.length && !/[\s-]/.test(query[i + 1]!)) {
      tokens.push({ kind: "not" });
      i++;
      continue;
    }
    let end = i;
    while (end < query.length && !WORD_END.test(query[end]!)) end++;
    const word = query.slice(i, end);
    i = end;
    if (word === "AND" || word === "OR" || word === "NOT") {
      tokens.push({ kind: word.toLowerCase() as "and" | "or" | "not" });
      continue;
    }
    const colon = word.indexOf(":");
    const name = colon > 0 ? word.slice(0, colon).toLowerCase() : "";
    if (isField(name) || isFilter(name)) {
      let value = word.slice(colon + 1);
      let phrase = false;
      let prefix = false;
      if (value === "" && query[i] === '"') {
        const quoted = readQuoted(query, i, warnings);
        ({ text: value, prefix } = quoted);
        phrase = true;
        i = quoted.next;
      } else if (value === "" && query[i] === "(" && isField(name)) {
        tokens.push({ kind: "field-group", field: name });
        continue;
      }
      if (value !== "") {
        if (isFilter(name)) tokens.push({ kind: "filter", name, value: value.trim() });
        else {
          if (!phrase && value.endsWith("*")) {
            prefix = true;
            value = value.replace(/\*+$/, "");
          }
          tokens.push({ kind: "term", text: value, phrase, prefix, field: name as SearchField });
        }
        continue;
      }
    }
    const prefix = word.endsWith("*");
    tokens.push({ kind: "term", text: prefix ? word.replace(/\*+$/, "") : word, phrase: false, prefix, field: null });
  }
  return tokens;
}

class Parser {
  private at = 0;
  private terms = 0;
  readonly filters: QueryFilters = {};

  constructor(
    private readonly tokens: Token[],
    readonly warnings: string[],
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  /** The whole query; stray ")" are skipped with a warning. */
  parseAll(): QueryNode | null {
    const parts: QueryNode[] = [];
    while (this.at < this.tokens.length) {
      const node = this.parseOr(0, null);
      if (node) parts.push(node);
      if (this.peek()?.kind === "close") {
        this.warn("A closing parenthesis had no opening one and was ignored.");
        this.at++;
      }
    }
    return combine("and", parts);
  }

  private warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  private atGroupEnd(depth: number): boolean {
    const t = this.peek();
    return !t || t.kind === "or" || (t.kind === "close" && depth > 0);
  }

  private parseOr(depth: number, field: SearchField | null): QueryNode | null {
    const parts: QueryNode[] = [];
    const first = this.parseAnd(depth, field);
    if (first) parts.push(first);
    while (this.peek()?.kind === "or") {
      this.at++;
      const next = this.parseAnd(depth, field);
      if (!next || parts.length === 0) this.warn("OR needs something on both sides; a lone OR was ignored.");
      if (next) parts.push(next);
    }
    return combine("or", parts);
  }

  private parseAnd(depth: number, field: SearchField | null): QueryNode | null {
    const parts: QueryNode[] = [];
    while (!this.atGroupEnd(depth)) {
      if (this.peek()?.kind === "close") break;
      if (this.peek()?.kind === "and") {
        this.at++;
        if (parts.length === 0 || this.atGroupEnd(depth) || this.peek()?.kind === "close") this.warn("AND needs something on both sides; a lone AND was ignored.");
        continue;
      }
      const node = this.parseUnary(depth, field);
      if (node) parts.push(node);
    }
    return combine("and", parts);
  }

  private parseUnary(depth: number, field: SearchField | null): QueryNode | null {
    if (this.peek()?.kind !== "not") return this.parsePrimary(depth, field);
    this.at++;
    if (this.atGroupEnd(depth) || this.peek()?.kind === "close") {
      this.warn("NOT needs a word after it; a lone NOT was ignored.");
      return null;
    }
    const child = this.parseUnary(depth, field);
    if (!child) return null;
    return child.type === "not" ? child.child : { type: "not", child };
  }

  private parsePrimary(depth: number, field: SearchField | null): QueryNode | null {
    const t = this.tokens[this.at++]!;
    switch (t.kind) {
      case "open": {
        if (depth >= MAX_DEPTH) {
          this.warn(`Parentheses nest more than ${MAX_DEPTH} deep; the deeper ones were ignored.`);
          return null;
        }
        const inner = this.parseOr(depth + 1, field);
        if (this.peek()?.kind === "close") this.at++;
        else this.warn("A parenthesis was not closed; it closes at the end of the query.");
        return inner;
      }
      case "field-group": {
        if (this.peek()?.kind !== "open") return null;
        return this.parsePrimary(depth, t.field);
      }
      case "filter":
        this.setFilter(t.name, t.value);
        return null;
      case "term": {
        if (!SEARCHABLE.test(t.text)) return null;
        if (this.terms >= MAX_TERMS) {
          this.warn(`Only the first ${MAX_TERMS} words of a query are searched.`);
          return null;
        }
        this.terms++;
        return { type: "term", text: t.text, phrase: t.phrase, prefix: t.prefix, field: t.field ?? field };
      }
      case "close":
      case "and":
      case "or":
      case "not":
        // parseAnd and parseUnary never hand these over; skipping keeps the parser total.
        return null;
    }
  }

  private setFilter(name: QueryFilterName, value: string): void {
    if (name === "doc") {
      const id = Number(value);
      if (Number.isSafeInteger(id) && id > 0) this.filters.documentId = id;
      else this.warn(`doc: takes a document number, not "${value}".`);
      return;
    }
    if ((name === "after" || name === "before") && !isDateBound(value)) {
      this.warn(`${name}: takes a date like 2017-02-10, not "${value}".`);
      return;
    }
    if (this.filters[name] !== undefined) this.warn(`${name}: was given twice; the last one counts.`);
    this.filters[name] = value;
  }
}

/** An and/or of the parts, flattened; one part is itself, none is null. */
function combine(type: "and" | "or", parts: QueryNode[]): QueryNode | null {
  const flat = parts.flatMap((p) => (p.type === type ? p.children : [p]));
  if (flat.length === 0) return null;
  if (flat.length === 1) return flat[0]!;
  return { type, children: flat };
}

/** YYYY-MM-DD, or a full ISO 8601 instant with its offset. */
export function isDateBound(value: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
}

/** Control characters: never in a canonical text, and a NUL would cut the expression short in SQLite. */
const CONTROL = /\p{Cc}/gu;

/** Parses a query; never throws, whatever the input. */
export function parseQuery(query: string): ParsedQuery {
  const warnings: string[] = [];
  const parser = new Parser(tokenize(query.replace(CONTROL, " "), warnings), warnings);
  const root = parser.parseAll();
  return { root, filters: parser.filters, warnings };
}
