// Registers every method of the contract with ipcMain through one gate (ipc-guard.ts), and sends the
// contract's events to the window.
import { ipcMain, type BrowserWindow } from "electron";
import { channel, eventChannel, METHOD_NAMES, type Events } from "../../shared/ipc";
import type { Service } from "../ipc/service";
import { answerInvoke } from "./ipc-guard";

export function registerIpc(service: Service): void {
  for (const name of METHOD_NAMES) ipcMain.handle(channel(name), (event, arg: unknown) => answerInvoke(service, name, event, arg));
}

/** Sends an event to the window, if it is there to hear it. */
export function sendEvent<E extends keyof Events>(window: BrowserWindow | null, event: E, payload: Events[E]): void {
  if (window && !window.isDestroyed()) window.webContents.send(eventChannel(event), payload);
}
