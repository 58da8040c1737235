// How dates and people are written in the window. Dates keep the sender's own clock and offset: a
// record's timeline is read against what its author saw, not the reader's time zone.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const ISO_PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/;

interface DateParts {
  year: number;
  month: number;
  day: number;
  time: string | null;
  zone: string | null;
}

function parts(iso: string): DateParts | null {
  const m = ISO_PARTS.exec(iso);
  if (!m) return null;
  const zone = m[6] === 'Z' ? 'UTC' : m[6] ? m[6].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2').replace('-', '−') : null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time: m[4] ? `${m[4]}:${m[5]}` : null, zone };
}

function weekday({ year, month, day }: DateParts): string {
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/** "10 Feb 2017 16:12", for lists. */
export function shortDate(iso: string | null): string {
  const p = iso ? parts(iso) : null;
  if (!p) return '';
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year}${p.time ? ` ${p.time}` : ''}`;
}

/** "Fri 10 Feb 2017, 16:12 (UTC−05:00)", for a message's header. */
export function longDate(iso: string | null, raw: string | null): string {
  const p = iso ? parts(iso) : null;
  if (!p) return raw ?? 'No date';
  const zone = p.zone ? (p.zone === 'UTC' ? ' (UTC)' : ` (UTC${p.zone})`) : '';
  return `${weekday(p)} ${p.day} ${MONTHS[p.month - 1]} ${p.year}${p.time ? `, ${p.time}` : ''}${zone}`;
}

/** Milliseconds since the epoch for sorting; undated items sort last. */
export function sortTime(iso: string | null): number {
  const t = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** "Harlan Placeholder (ERO HQ)" out of "Harlan Placeholder (ERO HQ) <ero-hq@example.gov>". */
export function displayName(address: string | null): string {
  if (!address) return 'Unknown sender';
  const m = /^(.*?)\s*<([^>]*)>$/.exec(address.trim());
  if (!m) return address.trim();
  return m[1]?.trim() || m[2]?.trim() || address.trim();
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A file size as people read it: "812 B", "14 KB", "3.2 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
