// Serves the renderer build on app://casemark (never file://), with the CSP on every response, and
// the open case's document originals on doc://casemark/<id>.
import { net, protocol } from "electron";
import { pathToFileURL } from "node:url";
import type { Case } from "../store/case-file";
import { documentResponse } from "../ipc/document-bytes";
import { APP_SCHEME, appFilePath, CSP, DOC_SCHEME } from "./policy";

/** Must run before the app is ready: both schemes are standard and secure; the page may fetch from them. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: DOC_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/** doc://casemark/<id>: a document's original bytes from the case open at the time of the request. */
export function serveDocuments(openCase: () => Case | null): void {
  protocol.handle(DOC_SCHEME, (request) => documentResponse(openCase(), request.url, request.headers.get("Range")));
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === "casemark" ? appFilePath(rendererDir, url.pathname) : null;
    if (!file) return new Response("Not found", { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set("Content-Security-Policy", CSP);
    headers.set("X-Content-Type-Options", "nosniff");
    return new Response(response.body, { status: response.status, headers });
  });
}
