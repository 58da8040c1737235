// A memo's citations, as a brief writes them: the full citation the first time, "Id." when a quote
// cites the same source as the one just before (same pinpoint), "Id. at <pinpoint>" when only the
// pinpoint differs; and the per-case citation template with its placeholders ({from}, {date}, …), its
// optional parts in [[double brackets]] left out when a placeholder in them is empty.
import { citationDate, personName, type CitationSource } from "./citation";

/** What a quote's citation is made from: memoEvidence's answer for it (shared/model.ts EvidenceQuote). */
export interface CitedQuote {
  /** The full citation; null when the quote has none (its highlight was deleted). */
  citation: string | null;
  /** Equal for two quotes of the same source; null when unknown. */
  source: string | null;
  /** Where in the source ("2017-ICLI-00026 000123", "3"); null when it has no pages. */
  pinpoint: string | null;
}

export interface MemoCitation {
  /** The citation as the memo prints it: "Email from … at …", "Id." or "Id. at 000124". */
  text: string;
  /** True for the short form, whose leading "Id." is set in italics. */
  short: boolean;
}

/** The short form of a repeated source, set in italics by legal style. */
export const ID = "Id.";

/**
 * The citation of each quote, in memo order. A quote without a citation (a deleted highlight) gets
 * null and breaks the chain: the quote after it is cited in full, so "Id." never points past a gap.
 */
export function memoCitations(quotes: readonly CitedQuote[]): (MemoCitation | null)[] {
  let previous: CitedQuote | null = null;
  return quotes.map((q) => {
    if (q.citation === null) {
      previous = null;
      return null;
    }
    const before = previous;
    previous = q;
    if (before === null || q.source === null || before.source !== q.source) return { text: q.citation, short: false };
    if (q.pinpoint === before.pinpoint) return { text: ID, short: true };
    // Same source, another place in it; a quote without a pinpoint after one with one cannot say "Id.".
    return q.pinpoint === null ? { text: q.citation, short: false } : { text: `${ID} at ${q.pinpoint}`, short: true };
  });
}

/** The placeholders a citation template may use, in the order the settings list them. */
export const CITATION_PLACEHOLDERS = ["{from}", "{to}", "{cc}", "{date}", "{subject}", "{title}", "{stamp}", "{page}", "{pinpoint}", "{doc}"] as const;
type Field = (typeof CITATION_PLACEHOLDERS)[number] extends `{${infer F}}` ? F : never;

/** The values of one passage's placeholders ("" for what it lacks). */
export type CitationFields = Record<Field, string>;

/** What a template knows of a passage: the default citation's source, its subject and its document. */
export interface TemplateSource extends CitationSource {
  cc?: readonly string[];
  subject?: string | null;
  documentId?: number | null;
}

/** "A", "A and B", "A et al." — as the default citation names recipients. */
function names(people: readonly string[] | undefined): string {
  const all = (people ?? []).map(personName).filter(Boolean);
  if (all.length <= 2) return all.join(" and ");
  return `${all[0]} et al.`;
}

/** The pinpoint of a passage: its page stamp, else its 1-based page; "" without pages. */
export function pinpointOf(s: Pick<CitationSource, "stamp" | "page">): string {
  if (s.stamp) return s.stamp;
  return s.page !== null && s.page !== undefined ? String(s.page + 1) : "";
}

export function citationFields(s: TemplateSource): CitationFields {
  return {
    from: personName(s.from),
    to: names(s.to),
    cc: names(s.cc),
    date: s.date ? citationDate(s.date) : "",
    subject: s.subject ?? "",
    title: s.title,
    stamp: s.stamp ?? "",
    page: s.page !== null && s.page !== undefined ? String(s.page + 1) : "",
    pinpoint: pinpointOf(s),
    doc: s.documentId !== null && s.documentId !== undefined ? String(s.documentId) : "",
  };
}

type Piece = { text: string } | { field: Field } | { optional: Piece[] };

const FIELDS = new Set<string>(CITATION_PLACEHOLDERS.map((p) => p.slice(1, -1)));

/** Reads a template into pieces, or the reasons it cannot be used. */
function parseTemplate(template: string): { pieces: Piece[]; problems: string[] } {
  const problems: string[] = [];
  const top: Piece[] = [];
  let group: Piece[] | null = null;
  let i = 0;
  const push = (piece: Piece) => (group ?? top).push(piece);
  while (i < template.length) {
    if (template.startsWith("[[", i)) {
      if (group) problems.push("an optional part [[…]] cannot hold another");
      else top.push({ optional: (group = []) });
      i += 2;
    } else if (template.startsWith("]]", i)) {
      if (!group) problems.push("“]]” closes no optional part");
      group = null;
      i += 2;
    } else if (template[i] === "{") {
      const end = template.indexOf("}", i);
      const name = end < 0 ? null : template.slice(i + 1, end);
      if (name === null || !/^[a-z]*$/.test(name)) {
        problems.push("“{” opens no placeholder: write placeholders as {from}");
        push({ text: "{" });
        i += 1;
        continue;
      }
      if (FIELDS.has(name)) push({ field: name as Field });
      else problems.push(`{${name}} is not a placeholder; use ${CITATION_PLACEHOLDERS.join(" ")}`);
      i = end + 1;
    } else {
      const next = [template.indexOf("[[", i), template.indexOf("]]", i), template.indexOf("{", i)].filter((n) => n >= 0);
      const end = next.length ? Math.min(...next) : template.length;
      push({ text: template.slice(i, end) });
      i = end;
    }
  }
  if (group) problems.push("an optional part [[… is never closed with ]]");
  if (!top.some((p) => "field" in p || ("optional" in p && p.optional.some((q) => "field" in q)))) problems.push("a template needs at least one placeholder, e.g. {title}");
  return { pieces: top, problems };
}

/** Why a template cannot be used (unknown placeholders, unbalanced [[ ]]); empty when it can. */
export function templateProblems(template: string): string[] {
  return [...new Set(parseTemplate(template).problems)];
}

/**
 * A citation from a template: each {placeholder} replaced by the passage's value, each [[optional
 * part]] left out when a placeholder in it is empty, and what empty placeholders leave behind tidied away.
 */
export function formatCitation(template: string, fields: CitationFields): string {
  const fill = (pieces: readonly Piece[]): string =>
    pieces
      .map((p) => {
        if ("text" in p) return p.text;
        if ("field" in p) return fields[p.field];
        return p.optional.some((q) => "field" in q && fields[q.field] === "") ? "" : fill(p.optional);
      })
      .join("");
  return (
    fill(parseTemplate(template).pieces)
      .replace(/\s+/g, " ")
      // What empty placeholders leave behind: a space before punctuation, doubled commas, "(, x", "x ,)", "()".
      .replace(/ +([,.;:)\]])/g, "$1")
      .replace(/([,;:])(?:\s*[,;:])+/g, "$1")
      .replace(/([([])\s*[,;:]\s*/g, "$1")
      .replace(/\s*[,;:]\s*([)\]])/g, "$1")
      .replace(/\s*[([]\s*[)\]]/g, "")
      .replace(/ +/g, " ")
      .replace(/^[\s,;:]+|[\s,;:]+$/g, "")
  );
}
