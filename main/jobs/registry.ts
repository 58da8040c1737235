// The jobs a worker can run, by name: each takes plain data and returns plain data.
import { parseEmail } from "./parse-email";
import { parseHtml, parseText } from "./parse-text";

export const JOBS = {
  "parse-email": parseEmail,
  "parse-text": parseText,
  "parse-html": parseHtml,
} as const;

export type JobName = keyof typeof JOBS;
export type JobInput<K extends JobName> = Parameters<(typeof JOBS)[K]>[0];
export type JobOutput<K extends JobName> = Awaited<ReturnType<(typeof JOBS)[K]>>;

export interface JobRequest {
  id: number;
  name: JobName;
  input: unknown;
}
