// Deterministic FOIA-like mail for tests and the benchmark: threads of agency email written as an mbox.
import { createWriteStream } from "node:fs";

/** Small seeded PRNG (mulberry32), so every run writes the same bytes. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const OFFICES = ["HQ", "San Antonio", "Austin", "Houston", "Dallas", "El Paso", "Laredo", "Waco"];
export const NAMES = ["Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper", "Jordan", "Kendall", "Logan", "Morgan", "Parker", "Quinn", "Riley"];
export const WORDS = (
  "tasking deadline white paper field office arrests operation report case summary criminal history custody removal " +
  "supervisor director response request follow up package tonight morning afternoon urgent records review narrative " +
  "priority enforcement detention officer referral numbers release statement agency department submission corrected"
).split(" ");
export const SUBJECTS = ["Due Tonight for S1", "Weekly numbers", "Case summary request", "Tasking follow-up", "Detention report", "Operation plan"];

export interface GeneratedMessage {
  raw: string;
}

/** Syllables of the made-up words in a release's long tail (places, programs, people, codes). */
const SYLLABLES = ["ka", "ro", "ten", "mi", "sal", "vor", "den", "li", "ga", "pra", "nor", "tu", "bel", "sha", "quin", "dor", "ve", "mar", "cos", "fen"];
const TAIL_WORDS = 8000;

/** The i-th made-up word: i written in base 20 with a syllable per digit (two at least). */
function tailWord(i: number): string {
  let word = "";
  for (let n = i, digits = 0; n > 0 || digits < 2; n = Math.floor(n / SYLLABLES.length), digits++) word = SYLLABLES[n % SYLLABLES.length]! + word;
  return word;
}

/**
 * The words of generated mail, most frequent first: the agency's own words, then a long tail. Text
 * draws them with Zipf's law (the k-th word about 1/k^1.05 as often as the first), as real text does,
 * so a common word is in most messages and a rarer one, as people search for, in few.
 */
export const VOCABULARY: readonly string[] = [...WORDS, ...Array.from({ length: TAIL_WORDS }, (_, i) => tailWord(i))];
const CUMULATIVE = (() => {
  const weights = VOCABULARY.map((_, rank) => 1 / (rank + 1) ** 1.05);
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return Float64Array.from(weights, (w) => (sum += w / total));
})();

/** A word drawn by its frequency (Zipf's law over VOCABULARY). */
export function zipfWord(rnd: () => number): string {
  const x = rnd();
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo]!;
}

function sentence(rnd: () => number): string {
  const n = 8 + Math.floor(rnd() * 14);
  const words = Array.from({ length: n }, () => zipfWord(rnd));
  words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
  return `${words.join(" ")}.`;
}

/** The messages of `count` emails, threads of 1–6, starting 2017-02-10. */
export function* messages(count: number, seed = 2017): Generator<string> {
  const rnd = random(seed);
  let time = Date.UTC(2017, 1, 10, 14, 0, 0);
  let threadRoot: string | null = null;
  let threadLeft = 0;
  let subject = "";
  const refs: string[] = [];
  for (let i = 0; i < count; i++) {
    if (threadLeft === 0) {
      threadLeft = 1 + Math.floor(rnd() * 6);
      subject = `${SUBJECTS[Math.floor(rnd() * SUBJECTS.length)]} #${i}`;
      threadRoot = null;
      refs.length = 0;
    }
    threadLeft--;
    time += Math.floor(rnd() * 3_600_000);
    const from = NAMES[Math.floor(rnd() * NAMES.length)]!;
    const to = NAMES[Math.floor(rnd() * NAMES.length)]!;
    const office = OFFICES[Math.floor(rnd() * OFFICES.length)]!;
    const id = `gen${i}.${seed}@example.gov`;
    const date = new Date(time).toUTCString().replace("GMT", "+0000");
    const paragraphs = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => sentence(rnd)).join(" "));
    if (rnd() < 0.05) paragraphs.push("From the field: a body line that starts with From, escaped in the mbox.");
    if (rnd() < 0.1) paragraphs.push(`Withheld: (b)(6), (b)(7)(C) ${office} identifiers.`);
    const headers = [
      `From: ${from} (${office}) <${from.toLowerCase()}@example.gov>`,
      `To: ${to} <${to.toLowerCase()}@example.gov>`,
      `Subject: ${threadRoot ? "RE: " : ""}${subject}`,
      `Date: ${date}`,
      `Message-ID: <${id}>`,
      ...(threadRoot ? [`In-Reply-To: <${refs[refs.length - 1]}>`, `References: ${refs.map((r) => `<${r}>`).join(" ")}`] : []),
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
    ];
    threadRoot ??= id;
    refs.push(id);
    yield `${headers.join("\n")}\n\n${paragraphs.join("\n\n")}\n`;
  }
}

/** mboxrd: "From " lines in bodies are escaped with ">" so they are not separators. */
export function toMboxEntry(raw: string, index: number): string {
  const escaped = raw.replace(/^(>*From )/gm, ">$1");
  return `From generator@example.gov Fri Feb 10 14:${String(index % 60).padStart(2, "0")}:00 2017\n${escaped}\n`;
}

export function mboxText(count: number, seed = 2017): string {
  let out = "";
  let i = 0;
  for (const raw of messages(count, seed)) out += toMboxEntry(raw, i++);
  return out;
}

/** Writes a large mbox without holding it in memory. */
export async function writeMbox(path: string, count: number, seed = 2017): Promise<void> {
  const out = createWriteStream(path);
  let i = 0;
  for (const raw of messages(count, seed)) {
    if (!out.write(toMboxEntry(raw, i++))) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
