// Serves the renderer build on app://casemark (never file://), with the CSP on every response, and
// the open case's document originals on doc://casemark/<id>.
import { net, protocol } from "electron";
import type { Case } from "../store/case-file";
import { documentResponse } from "../ipc/document-bytes";
import { appResponse } from "./app-response";
import { APP_SCHEME, DOC_SCHEME, SCHEME_PRIVILEGES } from "./policy";

/** Must run before the app is ready: both schemes are standard and secure; the page may fetch from them. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged(SCHEME_PRIVILEGES.map((s) => ({ scheme: s.scheme, privileges: { ...s.privileges } })));
}

/** doc://casemark/<id>: a document's original bytes from the case open at the time of the request. */
export function serveDocuments(openCase: () => Case | null): void {
  protocol.handle(DOC_SCHEME, (request) => documentResponse(openCase(), request.url, request.headers.get("Range")));
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request.url, (fileUrl) => net.fetch(fileUrl)));
}
