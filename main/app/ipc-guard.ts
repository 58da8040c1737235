// The one gate every IPC call passes: the sender must be the app's own top-level page (not a frame
// inside it, not another origin), then dispatch validates the argument and answers with a Result.
// Free of Electron, so it is unit-tested with plain objects shaped like Electron's event.
import { fail, type Result } from "../../shared/result";
import { dispatch } from "../ipc/dispatch";
import type { Service } from "../ipc/service";
import { trustedSender } from "./policy";

/** The part of Electron's IpcMainInvokeEvent the gate reads. */
export interface InvokeEvent {
  senderFrame: { url: string } | null;
  sender: { mainFrame: unknown };
}

export function answerInvoke(service: Service, name: string, event: InvokeEvent, arg: unknown): Promise<Result<unknown>> | Result<never> {
  const frame = event.senderFrame;
  if (!trustedSender(frame?.url, frame !== null && frame === event.sender.mainFrame)) {
    return fail("untrusted-sender", "This request did not come from Casemark's own window.");
  }
  return dispatch(service, name, arg);
}
