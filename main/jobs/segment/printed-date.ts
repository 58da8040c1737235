// Dates as email clients print them (Outlook, Outlook Web, Gmail, Lotus Notes) to ISO 8601.
import { DateTime, type TokenParser } from "luxon";
import { emailDateToIso } from "../../../shared/dates";

/** Offsets of the zone names US prints carry; anything else is left unparsed rather than guessed. */
const ZONE_OFFSETS: Record<string, string> = {
  UT: "+00:00", UTC: "+00:00", GMT: "+00:00", Z: "+00:00",
  EST: "-05:00", EDT: "-04:00", CST: "-06:00", CDT: "-05:00", MST: "-07:00", MDT: "-06:00",
  PST: "-08:00", PDT: "-07:00", AKST: "-09:00", AKDT: "-08:00", HST: "-10:00",
};

const DATE_FORMATS = ["MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "M/d/yyyy", "M/d/yy", "yyyy-MM-dd", "yyyy/MM/dd", "d-MMM-yyyy", "d-MMM-yy"];
const TIME_FORMATS = ["h:mm a", "h:mm:ss a", "H:mm", "H:mm:ss"];

/** Built once: luxon compiles each format to a regular expression, and header scanning parses many lines. */
let parsers: TokenParser[] | null = null;
function formatParsers(): TokenParser[] {
  parsers ??= DATE_FORMATS.flatMap((d) => TIME_FORMATS.map((t) => DateTime.buildFormatParser(`${d} ${t}`, { locale: "en-US" })));
  return parsers;
}

/** RFC 5322 shape with an explicit zone: the one case shared/dates already parses exactly. */
const RFC5322_WITH_ZONE = /^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[+-]\d{4}|UT|GMT|Z|[ECMP][SD]T)\b/;

const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;

/** Splits a trailing zone or offset off; returns the rest and the offset as "+hh:mm" (null when none). */
function splitZone(s: string): { rest: string; offset: string | null } {
  // Outlook: "... 4:12 PM (UTC-05:00) Eastern Time (US & Canada)"
  const windows = /\s*\((?:UTC|GMT)\s*([+-]\d{1,2}(?::?\d{2})?)?\).*$/i.exec(s);
  if (windows) return { rest: s.slice(0, windows.index), offset: windows[1] ? tidyOffset(windows[1]) : "+00:00" };
  // Only right after the time of day, so that a date's own hyphens are never read as an offset.
  const numeric = /(?<=\d:\d\d(?::\d\d)?(?:\s*[AP]M)?)\s*(?:UTC|GMT)?\s*([+-]\d{1,2}(?::?\d{2})?)$/i.exec(s);
  if (numeric) return { rest: s.slice(0, numeric.index), offset: tidyOffset(numeric[1]!) };
  const named = /\s+\(?([A-Z]{1,4})\)?$/i.exec(s);
  const offset = named ? ZONE_OFFSETS[named[1]!.toUpperCase()] : undefined;
  if (named && offset) return { rest: s.slice(0, named.index), offset };
  return { rest: s, offset: null };
}

function tidyOffset(raw: string): string {
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(raw)!;
  return `${m[1]}${m[2]!.padStart(2, "0")}:${m[3] ?? "00"}`;
}

/**
 * ISO 8601 for a printed date, or null when the string is not one. Prints rarely say the zone, so
 * the result is a local time without offset ("2017-02-10T16:12:00") unless the string names a zone
 * or offset, which is then kept. Strings without a time of day are not header dates and give null.
 */
export function parsePrintedDate(raw: string | null | undefined): string | null {
  // Header scanning asks about most lines of a document, and about a date line once per header style
  // it tries: reject lines without a time cheaply, and remember the last answers.
  if (!raw || raw.length > 120 || !/\d:\d\d/.test(raw)) return null;
  const known = cache.get(raw);
  if (known !== undefined) return known;
  if (cache.size >= CACHE_SIZE) cache.clear();
  const parsed = parse(raw);
  cache.set(raw, parsed);
  return parsed;
}

const CACHE_SIZE = 256;
const cache = new Map<string, string | null>();

function parse(raw: string): string | null {
  const trimmed = raw.replace(/\s+/g, " ").trim();
  if (trimmed.length > 80) return null;
  if (RFC5322_WITH_ZONE.test(trimmed)) return emailDateToIso(trimmed);
  const iso = DateTime.fromISO(trimmed, { setZone: true });
  if (iso.isValid && /^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    return iso.toISO({ suppressMilliseconds: true, includeOffset: /(?:Z|[+-]\d{2}:?\d{2})$/.test(trimmed) });
  }
  const { rest, offset } = splitZone(trimmed);
  const text = rest
    .replace(WEEKDAY, "")
    .replace(/\b([ap])\.?m\.?(?=\s|$)/gi, "$1M")
    .replace(/\bSept\b/i, "Sep")
    .replace(/\b([A-Za-z]{3,4})\./g, "$1")
    .replace(/,/g, " ")
    .replace(/\s+at\s+/i, " ")
    .replace(/\s+/g, " ")
    .trim();
  const zone = offset ? `UTC${offset}` : "utc";
  for (const parser of formatParsers()) {
    const parsed = DateTime.fromFormatParser(text, parser, { zone, setZone: true, locale: "en-US" });
    if (parsed.isValid) return parsed.toISO({ suppressMilliseconds: true, includeOffset: offset !== null });
  }
  return null;
}
