// FOIA marks in released text: exemption codes ("(b)(6)", "b7c", …) and page stamps / Bates numbers.

export interface FoiaMarks {
  /** Normalised ("(b)(6)", "(b)(7)(C)"), each once, in order of first appearance. */
  exemptions: string[];
  /** Bates numbers and page stamps as printed, each once, in order of first appearance. */
  stamps: string[];
}

interface Candidate {
  index: number;
  end: number;
  code: string;
  /** Bare codes ("b6") need company to count; written-out ones ("(b)(6)") stand alone. */
  bare: boolean;
}

/** "(b)(6)", "(b) (7)(C)", "b(6)", "5 U.S.C. 552(b)(6)", "(b)(3):26 USC 6103" (the statute is not part of the code). */
const PAREN_CODE = /(?:(?<=552)|(?<![\w(]))\(?\s*b\s*\)?\s*\(\s*([1-9])\s*\)(?:(?<=7\s*\))\s*\(\s*([a-f])\s*\)(?!\s*\(\s*\d))?/gi;
/** "Exemption 6", "Exemption 7(C)". */
const WORD_CODE = /\bExemption\s+([1-9])(?:\s*\(?([a-f])\)?)?(?!\w)/gi;
/** "b6", "B6", "b7c", "b7(C)": also vitamins and grid cells, hence the rule in `findExemptions`. */
const BARE_CODE = /(?<!\w)b([1-9])(?:([a-f])|\(([a-f])\))?(?!\w)/gi;
/** "subsection (b)(1)" cites a law's own structure, not an exemption. */
const CITATION_BEFORE = /\b(?:sub)?(?:section|paragraph|clause|article|rule)s?\s*[\d.]*\s*$|§+\s*[\d.-]*\s*$/i;
/** What may separate codes in a list: "b6, b7c", "(b)(6); (b)(7)(C)", "b6/b7c", "b6 and b7c". */
const LIST_GAP = /^\s*(?:[,;/&+]|and)?\s*$/i;

function code(digit: string, letter: string | undefined): string {
  // Only exemption 7 has lettered parts (A–F); anything after another digit belongs to the statute cited.
  return digit === "7" && letter ? `(b)(7)(${letter.toUpperCase()})` : `(b)(${digit})`;
}

function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(PAREN_CODE)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (!before.endsWith("552") && CITATION_BEFORE.test(before)) continue;
    found.push({ index: m.index, end: m.index + m[0].length, code: code(m[1]!, m[2]), bare: false });
  }
  for (const m of text.matchAll(WORD_CODE)) found.push({ index: m.index, end: m.index + m[0].length, code: code(m[1]!, m[2]), bare: false });
  for (const m of text.matchAll(BARE_CODE)) found.push({ index: m.index, end: m.index + m[0].length, code: code(m[1]!, m[2] ?? m[3]), bare: true });
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Exemption codes, normalised. A bare code ("b6") counts only when it is in parentheses or brackets
 * ("(b6)", "[b6]") or next to another code, separated by nothing but a comma, semicolon, slash, "&"
 * or "and" ("b6, b7c", "(b)(6)/b7c"), because on its own "b6" is as likely a vitamin or a cell.
 */
export function findExemptions(text: string): string[] {
  const all = candidates(text);
  const accepted = all.filter((c, k) => {
    if (!c.bare) return true;
    const open = /[([]\s*$/.test(text.slice(Math.max(0, c.index - 3), c.index));
    const close = /^\s*[)\]]/.test(text.slice(c.end, c.end + 3));
    if (open && close) return true;
    const previous = all[k - 1];
    const next = all[k + 1];
    return (previous !== undefined && previous.end <= c.index && LIST_GAP.test(text.slice(previous.end, c.index))) ||
      (next !== undefined && c.end <= next.index && LIST_GAP.test(text.slice(c.end, next.index)));
  });
  return [...new Set(accepted.map((c) => c.code))];
}

/**
 * Bates numbers and page stamps: "2017-ICLI-00026 000123", "ICE-2017-FOIA-00012345", "DOJ-OIP-000123",
 * "BEGA000123": capital letters (maybe after a year), then a number of at least six digits, which
 * keeps out "FY2017", "DC 20004", "Page 3 of 12" and the request number "2017-ICLI-00026" alone.
 */
const STAMP = /(?<![\w@./-])(?:\d{4}-)?[A-Z]{2,}(?:[-_][A-Z0-9]+)*[-_ ]?\d{6,}(?![\w@/-]|\.\w)/g;

const stampsIn = (text: string) => [...text.matchAll(STAMP)].map((m) => m[0]);

export function findFoiaMarks(text: string): FoiaMarks {
  return { exemptions: findExemptions(text), stamps: [...new Set(stampsIn(text))] };
}

/** Lines of a page's bottom, then top, where stamps are printed (3 each). */
const STAMP_LINES = 3;

/** The page's Bates stamp: the last stamp-like token of its last lines, else of its first lines. */
export function pageStamp(pageText: string): string | null {
  const lines = pageText.split("\n").filter((l) => l.trim());
  const bottom = lines.slice(-STAMP_LINES).reverse();
  const top = lines.slice(0, STAMP_LINES);
  for (const line of [...bottom, ...top]) {
    const stamps = stampsIn(line);
    if (stamps.length) return stamps[stamps.length - 1]!;
  }
  return null;
}

/** A line that is nothing but a stamp, a page number or exemption codes: page furniture, not content. */
export function isPageFurniture(line: string): boolean {
  // Furniture is short; most lines are body text and are turned away here, cheaply.
  if (line.length > 200 || line.replace(/\s+/g, "").length > 60) return false;
  const rest = line
    .replace(STAMP, " ")
    .replace(PAREN_CODE, " ")
    .replace(/\bPage\s+\d+(?:\s+of\s+\d+)?\b/gi, " ")
    .replace(/[\s,;]+/g, "");
  return /^\d{0,4}$/.test(rest);
}
