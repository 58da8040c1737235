// Opens the case a command names, runs it, and always closes the file.
import { closeCase, createCase, openCase, type Case } from "../store/case-file";
import { startJobHost, type JobHost } from "../jobs/host";

export async function withCase<T>(path: string, run: (c: Case) => T | Promise<T>, options: { readonly?: boolean } = {}): Promise<T> {
  const c = openCase(path, options);
  try {
    return await run(c);
  } finally {
    closeCase(c);
  }
}

export async function withNewCase<T>(path: string, title: string | undefined, run: (c: Case) => T | Promise<T>): Promise<T> {
  const c = createCase(path, title ? { title } : {});
  try {
    return await run(c);
  } finally {
    closeCase(c);
  }
}

export async function withJobs<T>(run: (host: JobHost) => Promise<T>): Promise<T> {
  const host = startJobHost();
  try {
    return await run(host);
  } finally {
    await host.close();
  }
}
