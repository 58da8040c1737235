// `casemark encrypt` and `casemark passphrase`: encrypting a plain case in place, changing an encrypted case's passphrase.
import type { Command } from "commander";
import { CaseError } from "../../store/case-error";
import { closeCase, isEncryptedFile, openCase } from "../../store/case-file";
import { changePassphrase, encryptCase } from "../../store/encryption";
import { emit } from "../output";
import { choosePassphrase, NEW_PASSPHRASE_VARIABLE, PASSPHRASE_VARIABLE, unlockWithPassphrase } from "../passphrase";

const KEEP_IT = "Keep the passphrase safe: without it the case cannot be opened, by you or anyone.";

export function registerEncryptionCommands(program: Command): void {
  program
    .command("encrypt")
    .description(`encrypt a plain case in place (passphrase from ${PASSPHRASE_VARIABLE}, or asked twice); an encrypted copy is verified, then replaces it`)
    .argument("<case>", "case file (closed everywhere else while it is encrypted)")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { json?: boolean }) => {
      if (isEncryptedFile(path)) throw new CaseError("invalid", `${path} is already encrypted; to change its passphrase, use "casemark passphrase".`);
      // Refuses what cannot be encrypted (not a case, read-only, …) before asking for anything.
      closeCase(openCase(path, { readonly: true }));
      const passphrase = await choosePassphrase(path, PASSPHRASE_VARIABLE);
      const result = encryptCase(path, passphrase);
      emit(opts, { path: result.path, encrypted: true, verify: result.verify }, () =>
        [
          `Encrypted ${path}: the encrypted copy verified (${result.verify.checked.documents} documents, ${result.verify.checked.blobs} originals) and replaced the plain file.`,
          KEEP_IT,
          "Copies made before (backups, exports, the disk's old blocks) are not encrypted by this.",
        ].join("\n"),
      );
    });

  program
    .command("passphrase")
    .description(`change an encrypted case's passphrase (current from ${PASSPHRASE_VARIABLE}, new from ${NEW_PASSPHRASE_VARIABLE}, or asked)`)
    .argument("<case>", "encrypted case file (closed everywhere else meanwhile)")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { json?: boolean }) => {
      if (!isEncryptedFile(path)) {
        // A missing file or one that is not a case gets its own message from openCase.
        closeCase(openCase(path, { readonly: true }));
        throw new CaseError("invalid", `${path} is not encrypted; to encrypt it, use "casemark encrypt".`);
      }
      const current = await unlockWithPassphrase(path, (passphrase) => {
        closeCase(openCase(path, { readonly: true, passphrase }));
        return passphrase;
      });
      const next = await choosePassphrase(path, NEW_PASSPHRASE_VARIABLE);
      const result = changePassphrase(path, current, next);
      emit(opts, { path: result.path, encrypted: true, verify: result.verify }, () => `Changed the passphrase of ${path}; the re-encrypted case verified.\n${KEEP_IT}`);
    });
}
