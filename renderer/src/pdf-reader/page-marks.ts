// What the reader says about a release's pages: go to a page by number or by its stamp, a page's
// label, and the FOIA marks counted for the whole document (redaction boxes, exemption codes by page).
import type { PageView } from '../../../shared/model';

type Stamped = Pick<PageView, 'stamp'>;

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The page (0-based) that what the user typed names, or null: a stamp exactly ("2017-ICLI-00026
 * 000123", any case or spacing), a page number ("12", "p. 12", "page 12"), else the first stamp that
 * contains it ("000123", "ICLI-00026 0001") or whose number ends with it.
 */
export function resolvePage(input: string, pages: readonly Stamped[]): number | null {
  const wanted = squash(input);
  if (!wanted) return null;
  const exact = pages.findIndex((p) => p.stamp !== null && squash(p.stamp) === wanted);
  if (exact >= 0) return exact;
  const number = /^(?:p\.?|page)?\s*(\d+)$/.exec(wanted);
  if (number && !/^0/.test(number[1]!)) {
    const n = Number(number[1]);
    if (n >= 1 && n <= pages.length) return n - 1;
  }
  const within = pages.findIndex((p) => p.stamp !== null && squash(p.stamp).includes(wanted));
  if (within >= 0) return within;
  if (/^\d+$/.test(wanted)) {
    const value = Number(wanted);
    const ending = pages.findIndex((p) => {
      const digits = p.stamp ? /(\d+)\D*$/.exec(p.stamp)?.[1] : undefined;
      return digits !== undefined && Number(digits) === value;
    });
    if (ending >= 0) return ending;
  }
  return null;
}

/** "Page 3 of 12" with its stamp when it has one. */
export function pageLabel(page: Pick<PageView, 'pageIndex' | 'stamp'>, count: number): string {
  return `Page ${page.pageIndex + 1} of ${count}${page.stamp ? `, ${page.stamp}` : ''}`;
}

export interface FoiaSummary {
  redactions: number;
  /** Each exemption code and how many pages carry it, most pages first. */
  exemptions: { code: string; pages: number }[];
}

export function foiaSummary(pages: readonly Pick<PageView, 'redactions' | 'exemptions'>[]): FoiaSummary {
  let redactions = 0;
  const byCode = new Map<string, number>();
  for (const page of pages) {
    redactions += page.redactions.length;
    for (const code of new Set(page.exemptions)) byCode.set(code, (byCode.get(code) ?? 0) + 1);
  }
  const exemptions = [...byCode].map(([code, n]) => ({ code, pages: n })).sort((a, b) => b.pages - a.pages || a.code.localeCompare(b.code));
  return { redactions, exemptions };
}

/** The page holding a canonical offset (page ranges ascend; an offset between pages goes to the next). */
export function pageOfOffset(pages: readonly Pick<PageView, 'start' | 'end'>[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pages[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
