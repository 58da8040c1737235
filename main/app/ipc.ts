// Registers every method of the contract with ipcMain through one helper: the sender must be the
// app's own main frame, the argument must pass the method's schema (dispatch), the answer is a Result.
import { ipcMain, type IpcMainInvokeEvent } from "electron";
import { channel, METHOD_NAMES } from "../../shared/ipc";
import { fail } from "../../shared/result";
import { dispatch } from "../ipc/dispatch";
import type { Service } from "../ipc/service";
import { trustedSender } from "./policy";

export function registerIpc(service: Service): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(channel(name), (event: IpcMainInvokeEvent, arg: unknown) => {
      const frame = event.senderFrame;
      if (!trustedSender(frame?.url, frame !== null && frame === event.sender.mainFrame)) {
        return fail("untrusted-sender", "This request did not come from Casemark's own window.");
      }
      return dispatch(service, name, arg);
    });
  }
}
