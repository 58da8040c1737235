// Email dates to ISO 8601 keeping the sender's own zone offset, with the raw string kept by callers.
import { DateTime } from "luxon";

const OBSOLETE_ZONES: Record<string, string> = {
  UT: "+0000", GMT: "+0000", Z: "+0000", EST: "-0500", EDT: "-0400", CST: "-0600", CDT: "-0500",
  MST: "-0700", MDT: "-0600", PST: "-0800", PDT: "-0700",
};

/** Repairs the commonest deviations seen in real headers before strict RFC 2822 parsing. */
function tidy(raw: string): string {
  return raw
    .replace(/\([^)]*\)/g, " ") // comments, e.g. "(PST)" or "(CET)"
    .replace(/\s+/g, " ")
    .replace(/,(\S)/, ", $1")
    .replace(/([+-]\d{2}):(\d{2})\s*$/, "$1$2")
    .replace(/(?<![\d:])(\d{1,2}:\d{2})(?![:\d])/, "$1:00") // "16:12" lacks seconds
    .replace(/\b(UT|GMT|Z|[ECMP][SD]T)\s*$/i, (zone) => OBSOLETE_ZONES[zone.trim().toUpperCase()] ?? zone)
    .trim();
}

/** ISO 8601 with the offset the message was written in, or null when the string is not a date. */
export function emailDateToIso(raw: string | null | undefined): string | null {
  if (!raw || !raw.trim()) return null;
  const strict = DateTime.fromRFC2822(tidy(raw), { setZone: true });
  if (strict.isValid) return strict.toISO({ suppressMilliseconds: true });
  const loose = Date.parse(raw);
  if (Number.isNaN(loose)) return null;
  return DateTime.fromMillis(loose, { zone: "utc" }).toISO({ suppressMilliseconds: true });
}
