// The answer to an app://casemark request, free of Electron: a file of the renderer build (never one
// outside it) with the CSP and nosniff on every response, or 404.
import { pathToFileURL } from "node:url";
import { appFilePath, CSP } from "./policy";

/** Reads a file:// URL into a Response (Electron's net.fetch in the app, a stand-in in tests). */
export type FetchFile = (fileUrl: string) => Promise<Response>;

export async function appResponse(rendererDir: string, requestUrl: string, fetchFile: FetchFile): Promise<Response> {
  const url = new URL(requestUrl);
  const file = url.host === "casemark" ? appFilePath(rendererDir, url.pathname) : null;
  if (!file) return new Response("Not found", { status: 404, headers: { "Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff" } });
  const response = await fetchFile(pathToFileURL(file).href);
  const headers = new Headers(response.headers);
  headers.set("Content-Security-Policy", CSP);
  headers.set("X-Content-Type-Options", "nosniff");
  return new Response(response.body, { status: response.status, headers });
}
