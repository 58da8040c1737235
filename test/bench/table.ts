// Printing the benchmark's figures: numbers with a fixed number of digits ("–" for none) and Markdown tables.

export function fmt(n: number | null | undefined, digits = 1): string {
  return n == null || Number.isNaN(n) ? "–" : n.toFixed(digits);
}

/** A Markdown table; columns whose header starts with ">" are right-aligned (the ">" is dropped). */
export function printTable(headers: string[], rows: (string | number)[][]): void {
  const names = headers.map((h) => h.replace(/^>/, ""));
  const aligns = headers.map((h) => (h.startsWith(">") ? "---:" : "---"));
  console.log(`\n| ${names.join(" | ")} |\n|${aligns.join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
}
