// Remembers which library item was open in each case for this window's session, so a reload returns to it.
const PREFIX = 'casemark:open:';

export function recallOpen(caseId: string): string | null {
  try {
    return sessionStorage.getItem(PREFIX + caseId);
  } catch {
    // Storage can be unavailable (e.g. disabled); the window then simply starts at the first item.
    return null;
  }
}

export function rememberOpen(caseId: string, key: string): void {
  try {
    sessionStorage.setItem(PREFIX + caseId, key);
  } catch {
    // Not remembering is harmless: see recallOpen.
  }
}
