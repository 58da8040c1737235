// The export dialog's formats: their names and what each writes, in the order the dialog lists them,
// and the choice the user made last time (kept in this browser profile, so the dialog opens as they left it).
import type { ExportFormat, ExportResult } from '../../../shared/ipc';

export interface FormatChoice {
  format: ExportFormat;
  label: string;
  detail: string;
}

export const FORMAT_CHOICES: readonly FormatChoice[] = [
  { format: 'pdf', label: 'Annotated PDFs', detail: 'Each released PDF with its highlights as real PDF annotations; emails and texts printed with theirs.' },
  { format: 'csv', label: 'Evidence table (CSV)', detail: 'A row per highlight: quote, tags, note, source hash, page, stamp, exemptions and a citation.' },
  { format: 'xlsx', label: 'Evidence table (Excel)', detail: 'The same rows as an .xlsx, header frozen.' },
  { format: 'chronology', label: 'Chronology (Markdown)', detail: 'Tagged passages by date, quoted and cited.' },
  { format: 'chronology-pdf', label: 'Chronology (PDF)', detail: 'The same chronology, printed with page numbers.' },
  { format: 'bundle', label: 'Bundle', detail: 'A folder of all of these with a manifest of SHA-256s a recipient can verify.' },
  { format: 'qdpx', label: 'REFI-QDA project', detail: 'For MAXQDA, ATLAS.ti, NVivo and QualCoder (.qdpx).' },
  { format: 'json', label: 'Highlights (W3C Web Annotation)', detail: 'JSON-LD that Casemark and annotation tools read back.' },
];

export const FORMAT_LABEL = Object.fromEntries(FORMAT_CHOICES.map((c) => [c.format, c.label])) as Record<ExportFormat, string>;

const KEY = 'casemark:export-formats';
const DEFAULT: ExportFormat[] = ['pdf', 'csv', 'chronology'];

export function recallFormats(): ExportFormat[] {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as unknown;
    if (Array.isArray(saved)) {
      const known = saved.filter((f): f is ExportFormat => FORMAT_CHOICES.some((c) => c.format === f));
      if (known.length) return known;
    }
  } catch {
    // Unreadable or unavailable storage: the defaults.
  }
  return DEFAULT;
}

export function rememberFormats(formats: readonly ExportFormat[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(formats));
  } catch {
    // Not remembering is harmless.
  }
}

/** The last part of a path, for a list of written files. */
export const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** One line saying what an export did. */
export function resultSummary(result: ExportResult): string {
  const files = result.files.length;
  const written = `${files} ${files === 1 ? 'item' : 'items'} written`;
  const failed = result.failures.length ? ` · ${result.failures.length} not written` : '';
  return result.cancelled ? `Cancelled · ${written} before it stopped${failed}` : `${written}${failed}`;
}
