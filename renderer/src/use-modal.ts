// A <dialog> shown as a modal while its component is mounted: focus goes where the dialog says, and back
// to what had it before (unless the dialog hands focus on itself) when it closes.
import { useEffect, useRef, type RefObject } from 'react';

export function useModal(dialog: RefObject<HTMLDialogElement | null>, initialFocus: () => HTMLElement | null | undefined, restoreFocus = true): void {
  // Read once, at opening: later renders' functions do not reopen the dialog.
  const opening = useRef({ initialFocus, restoreFocus });
  useEffect(() => {
    const before = document.activeElement;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    opening.current.initialFocus()?.focus();
    return () => {
      if (element?.open) element.close();
      if (opening.current.restoreFocus && before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, [dialog]);
}
