// The case's citation template (a row of case_meta), or none for the default legal style
// (shared/citation.ts). A template is checked before it is kept, and every change is audited.
import { CITATION_PLACEHOLDERS, templateProblems } from "../../shared/memo-citations";
import { appendAudit } from "./audit";
import { sql, type Case } from "./case-file";
import { CaseError } from "./case-error";

const KEY = "citation_template";
const MAX = 2000;

export interface CitationStyle {
  template: string | null;
  placeholders: string[];
}

export function citationTemplate(c: Case): string | null {
  const row = sql(c, "SELECT value FROM case_meta WHERE key = ?").get(KEY) as { value: string } | undefined;
  return row?.value ?? null;
}

export function citationStyle(c: Case): CitationStyle {
  return { template: citationTemplate(c), placeholders: [...CITATION_PLACEHOLDERS] };
}

/** Sets the template (null: back to the default style); refused, changing nothing, when it cannot be used. Call inside a write. */
export function setCitationTemplate(c: Case, template: string | null): CitationStyle {
  const before = citationTemplate(c);
  if (template !== null) {
    if (!template.trim()) throw new CaseError("invalid", "A citation template cannot be empty; clear it to use the default style.");
    if (template.length > MAX) throw new CaseError("invalid", `A citation template is at most ${MAX} characters.`);
    const problems = templateProblems(template);
    if (problems.length) throw new CaseError("invalid", `The citation template cannot be used: ${problems.join("; ")}.`);
    sql(c, "INSERT INTO case_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(KEY, template);
  } else {
    sql(c, "DELETE FROM case_meta WHERE key = ?").run(KEY);
  }
  appendAudit(c, { action: "citation-style.set", entity: "case", detail: { from: before, to: template } });
  return citationStyle(c);
}
