// Turns a parsed query into an FTS5 MATCH expression. Every word the user typed goes in double quotes
// (inner quotes doubled), so no user text is ever read as FTS5 syntax: NEAR, column filters, ^, + and
// stray operators are all just words. Operators and column names come only from this file.
import type { QueryNode, SearchField } from "./query";

/** The tables searched: document text (body, subject, people columns) and highlights' notes. */
export type SearchTarget = "text" | "note";

/** FTS5 has NOT only between two sets, so negation is carried along until an AND can place it. */
type Compiled = { kind: "none" } | { kind: "all" } | { kind: "set"; expr: string } | { kind: "except"; expr: string };

const NONE: Compiled = { kind: "none" };
const ALL: Compiled = { kind: "all" };

/** The column a field searches in each table; null when that table cannot match it. */
const COLUMNS: Record<SearchTarget, Record<SearchField, string | null>> = {
  text: { body: "body", subject: "subject", people: "people", note: null },
  note: { body: null, subject: null, people: null, note: "note" },
};

export function quoteFts(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Parenthesised when it is more than one phrase, so precedence never depends on FTS5's. */
const group = (expr: string) => (/^(?:[a-z]+ : )?"(?:[^"]|"")*"\*?$/.test(expr) ? expr : `(${expr})`);

function term(node: Extract<QueryNode, { type: "term" }>, target: SearchTarget): Compiled {
  const phrase = `${quoteFts(node.text)}${node.prefix ? "*" : ""}`;
  if (node.field === null) return { kind: "set", expr: phrase };
  const column = COLUMNS[target][node.field];
  if (column === null) return NONE;
  // The note table has a single column: a note: term is an ordinary phrase there.
  return { kind: "set", expr: target === "note" ? phrase : `${column} : ${phrase}` };
}

/** Expressions joined by an operator, each in parentheses when it is more than one phrase. */
const join = (op: "AND" | "OR", exprs: string[]) => (exprs.length === 1 ? exprs[0]! : exprs.map(group).join(` ${op} `));

const exprsOf = (parts: Compiled[], kind: "set" | "except") => parts.flatMap((p) => (p.kind === kind ? [p.expr] : []));

function and(parts: Compiled[]): Compiled {
  if (parts.some((p) => p.kind === "none")) return NONE;
  const sets = exprsOf(parts, "set");
  const excepts = exprsOf(parts, "except");
  if (sets.length === 0) {
    // NOT a AND NOT b is NOT (a OR b): still only an exclusion.
    return excepts.length === 0 ? ALL : { kind: "except", expr: join("OR", excepts) };
  }
  const positive = join("AND", sets);
  return { kind: "set", expr: excepts.length === 0 ? positive : `${group(positive)} NOT ${group(join("OR", excepts))}` };
}

function or(parts: Compiled[]): Compiled {
  if (parts.some((p) => p.kind === "all")) return ALL;
  const sets = exprsOf(parts, "set");
  const excepts = exprsOf(parts, "except");
  if (excepts.length === 0) return sets.length === 0 ? NONE : { kind: "set", expr: join("OR", sets) };
  // (NOT x) OR (NOT y) OR s is NOT ((x AND y) NOT s): the complement of a set FTS5 can name.
  const both = join("AND", excepts);
  return { kind: "except", expr: sets.length === 0 ? both : `${group(both)} NOT ${group(join("OR", sets))}` };
}

function compile(node: QueryNode, target: SearchTarget): Compiled {
  switch (node.type) {
    case "term":
      return term(node, target);
    case "and":
      return and(node.children.map((c) => compile(c, target)));
    case "or":
      return or(node.children.map((c) => compile(c, target)));
    case "not": {
      const inner = compile(node.child, target);
      if (inner.kind === "none") return ALL;
      if (inner.kind === "all") return NONE;
      return inner.kind === "set" ? { kind: "except", expr: inner.expr } : { kind: "set", expr: inner.expr };
    }
  }
}

export type MatchExpression =
  | { kind: "match"; expr: string }
  /** Nothing in this table can match (e.g. only subject: words, searched in notes). */
  | { kind: "nothing" }
  /** Only exclusions (e.g. "-draft"): FTS5 cannot list "everything but"; the caller says so. */
  | { kind: "only-exclusions" };

/** The MATCH expression for one table; a null root matches nothing. */
export function toFts5(root: QueryNode | null, target: SearchTarget): MatchExpression {
  if (root === null) return { kind: "nothing" };
  const compiled = compile(root, target);
  switch (compiled.kind) {
    case "set":
      return { kind: "match", expr: compiled.expr };
    case "none":
      return { kind: "nothing" };
    case "all":
    case "except":
      return { kind: "only-exclusions" };
  }
}
