// The preload: exposes exactly the contract's methods as window.casemark, each one IPC call; nothing
// of Electron or Node reaches the page.
import { contextBridge, ipcRenderer } from "electron";
import { channel, METHOD_NAMES } from "../../shared/ipc-methods";

const api = Object.fromEntries(METHOD_NAMES.map((name) => [name, (arg?: unknown) => ipcRenderer.invoke(channel(name), arg ?? {})]));
contextBridge.exposeInMainWorld("casemark", Object.freeze(api));
