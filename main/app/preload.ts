// The preload: exposes exactly the contract as window.casemark — each method one IPC call, each event
// a listener on its channel — plus the path of a dropped file; nothing else of Electron or Node reaches the page.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from "electron";
import { channel, eventChannel, EVENT_NAMES, METHOD_NAMES } from "../../shared/ipc-methods";

type Listener = (payload: unknown) => void;

const methods = Object.fromEntries(METHOD_NAMES.map((name) => [name, (arg?: unknown) => ipcRenderer.invoke(channel(name), arg ?? {})]));

function on(event: unknown, listener: unknown): () => void {
  if (!(EVENT_NAMES as readonly unknown[]).includes(event) || typeof listener !== "function") throw new TypeError(`casemark.on: no event ${String(event)}`);
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => (listener as Listener)(payload);
  const name = eventChannel(event as (typeof EVENT_NAMES)[number]);
  ipcRenderer.on(name, wrapped);
  return () => void ipcRenderer.removeListener(name, wrapped);
}

function pathForFile(file: unknown): string {
  try {
    return webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);
  } catch {
    return "";
  }
}

/** Document originals come from the app's second scheme (main/ipc/document-bytes.ts). */
function documentUrl(documentId: unknown): string {
  if (!Number.isSafeInteger(documentId) || (documentId as number) < 1) throw new TypeError("casemark.documentUrl: not a document id");
  return `doc://casemark/${documentId as number}`;
}

contextBridge.exposeInMainWorld("casemark", Object.freeze({ ...methods, on, pathForFile, documentUrl }));
