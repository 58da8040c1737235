// Opens the case a command names (asking for the passphrase of an encrypted one), runs it, and always closes the file.
import { existsSync } from "node:fs";
import { CaseError } from "../store/case-error";
import { closeCase, createCase, isEncryptedFile, openCase, type Case, type OpenOptions } from "../store/case-file";
import { startJobHost, type JobHost } from "../jobs/host";
import { choosePassphrase, PASSPHRASE_VARIABLE, unlockWithPassphrase } from "./passphrase";

/** Opens a case; an encrypted one with CASEMARK_PASSPHRASE or the passphrase typed at the prompt. */
export async function openCaseAsking(path: string, options: Omit<OpenOptions, "passphrase"> = {}): Promise<Case> {
  if (!isEncryptedFile(path)) return openCase(path, options);
  return unlockWithPassphrase(path, (passphrase) => openCase(path, { ...options, passphrase }));
}

export async function withCase<T>(path: string, run: (c: Case) => T | Promise<T>, options: { readonly?: boolean } = {}): Promise<T> {
  const c = await openCaseAsking(path, options);
  try {
    return await run(c);
  } finally {
    closeCase(c);
  }
}

/** Creates a case, encrypted when asked (the passphrase from CASEMARK_PASSPHRASE or typed twice). */
export async function withNewCase<T>(path: string, title: string | undefined, run: (c: Case) => T | Promise<T>, options: { encrypt?: boolean } = {}): Promise<T> {
  // Before asking for a passphrase, the refusal that does not need one.
  if (existsSync(path)) throw new CaseError("exists", `${path} already exists; choose a new file name for the case.`);
  const passphrase = options.encrypt ? await choosePassphrase(path, PASSPHRASE_VARIABLE) : undefined;
  const c = createCase(path, { ...(title ? { title } : {}), ...(passphrase !== undefined ? { passphrase } : {}) });
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
