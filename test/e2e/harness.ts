// Playwright fixtures: serve the built renderer on a fixed origin, refuse and count every other request.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, type Route } from '@playwright/test';
import { METHOD_NAMES } from '../../shared/ipc';
import { createAppService, type AppService, type Emit } from '../../main/ipc/app-service';
import { dispatch } from '../../main/ipc/dispatch';
import { documentResponse } from '../../main/ipc/document-bytes';
import { startJobHost } from '../../main/jobs/host';

export { expect } from '@playwright/test';

// `.invalid` never resolves (RFC 2606), so nothing can reach a real host even if routing failed.
export const APP_ORIGIN = 'https://casemark.invalid';
export const APP_URL = `${APP_ORIGIN}/`;

// The build scripts/e2e.mjs made (CASEMARK_RENDERER_OUT: see renderer/vite.config.ts).
const RENDERER_DIR = process.env.CASEMARK_RENDERER_OUT ? `${resolve(process.env.CASEMARK_RENDERER_OUT)}${sep}` : fileURLToPath(new URL('../../out/renderer/', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The app side of the harness: a real case folder and the very service main's IPC handlers call. */
export interface Casemark {
  /** Casemark's home folder for this test (the sample case is built here). */
  home: string;
  app: AppService;
  /** Paths the injected dialogs answer with next (null or []: the user cancels); `folder` is the export folder chooser's. */
  dialogs: { open: string | null; create: string | null; files: string[]; save: string | null; folder: string | null };
  /** Every event main pushed to the window, in order. */
  events: { event: string; payload: unknown }[];
  /** Pushes an event to the window, as main does (e.g. a menu command). */
  emit: Emit;
}

type HarnessFixtures = {
  /** Provides window.casemark over a real case file; specs that use it run connected. */
  casemark: Casemark;
  // Every URL the page tried to reach outside APP_ORIGIN (HTTP(S), WebSocket, any scheme); all were refused.
  blockedRequests: string[];
  // Console errors and uncaught page errors, in order.
  consoleErrors: string[];
};

async function serveRendererFile(route: Route, url: URL): Promise<void> {
  const method = route.request().method();
  if (method !== 'GET' && method !== 'HEAD') {
    await route.fulfill({ status: 405, body: 'Method not allowed' });
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    await route.fulfill({ status: 400, body: 'Bad path' });
    return;
  }
  const file = resolve(RENDERER_DIR, pathname === '/' ? 'index.html' : `.${pathname}`);
  // Decoding can turn %2e%2e into "..": never serve anything outside the build.
  if (!file.startsWith(RENDERER_DIR.endsWith(sep) ? RENDERER_DIR : RENDERER_DIR + sep)) {
    await route.fulfill({ status: 404, body: 'Not found' });
    return;
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    await route.fulfill({ status: 404, body: 'Not found' });
    return;
  }
  const contentType = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  await route.fulfill({ status: 200, contentType, body });
}

export const test = base.extend<HarnessFixtures>({
  // Automatic, so no test can forget it and let a request through to the network.
  blockedRequests: [
    async ({ context }, use) => {
      if (!existsSync(resolve(RENDERER_DIR, 'index.html'))) {
        throw new Error(
          `${RENDERER_DIR}index.html is missing: build the renderer first (npm run build), or run npm run test:e2e`,
        );
      }
      const blocked: string[] = [];
      await context.route(
        () => true,
        async (route) => {
          const url = new URL(route.request().url());
          if (url.origin === APP_ORIGIN) {
            await serveRendererFile(route, url);
            return;
          }
          blocked.push(url.href);
          await route.abort('blockedbyclient');
        },
      );
      // Not calling connectToServer() means no socket is ever opened to the real host.
      await context.routeWebSocket(
        () => true,
        async (ws) => {
          blocked.push(ws.url());
          await ws.close({ code: 1008, reason: 'Casemark e2e harness: network refused' });
        },
      );
      await use(blocked);
    },
    { auto: true },
  ],

  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      errors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
    });
    page.on('pageerror', (error) => errors.push(`Uncaught: ${error.message}`));
    await use(errors);
  },

  casemark: async ({ page }, use) => {
    const home = mkdtempSync(join(tmpdir(), 'casemark-e2e-'));
    const host = startJobHost({ workers: 1 });
    const dialogs: Casemark['dialogs'] = { open: null, create: null, files: [], save: null, folder: null };
    const events: Casemark['events'] = [];
    // Like webContents.send: delivered in order, dropped when no page is there to hear it.
    let delivered = Promise.resolve();
    const emit: Emit = (event, payload) => {
      events.push({ event, payload });
      delivered = delivered
        .then(() => page.evaluate(([e, p]) => (window as unknown as { __casemarkEmit?: (e: string, p: unknown) => void }).__casemarkEmit?.(e, p), [event, payload] as const))
        .catch(() => undefined);
    };
    const app = createAppService({
      home,
      host,
      emit,
      dialogs: {
        chooseCaseToOpen: async () => dialogs.open,
        chooseNewCasePath: async () => dialogs.create,
        chooseFilesToImport: async () => dialogs.files,
        chooseSavePath: async () => dialogs.save,
        chooseExportFolder: async () => dialogs.folder,
      },
    });
    // The same contract the preload exposes in Electron: every method, each taking one argument; the
    // events main pushes; and the path of a dropped file (specs name them in window.__casemarkDropped).
    await page.exposeBinding('__casemarkCall', (_source, name: unknown, arg: unknown) => dispatch(app.service, name, arg));
    // Document originals: what main serves on doc://casemark/<id>, here under the app's origin.
    await page.route(`${APP_ORIGIN}/doc/*`, async (route) => {
      const id = new URL(route.request().url()).pathname.slice('/doc/'.length);
      const response = documentResponse(app.current(), `doc://casemark/${id}`, route.request().headers()['range'] ?? null);
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => (headers[key] = value));
      await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
    });
    await page.addInitScript((names: readonly string[]) => {
      type Listener = (payload: unknown) => void;
      const w = window as unknown as {
        __casemarkCall: (name: string, arg: unknown) => Promise<unknown>;
        __casemarkEmit: (event: string, payload: unknown) => void;
        __casemarkDropped?: Record<string, string>;
        casemark: unknown;
      };
      const listeners = new Map<string, Set<Listener>>();
      w.__casemarkEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload));
      w.casemark = Object.freeze({
        ...Object.fromEntries(names.map((name) => [name, (arg: unknown) => w.__casemarkCall(name, arg ?? {})])),
        on: (event: string, listener: Listener) => {
          const set = listeners.get(event) ?? new Set<Listener>();
          listeners.set(event, set.add(listener));
          return () => void set.delete(listener);
        },
        pathForFile: (file: File) => w.__casemarkDropped?.[file.name] ?? '',
        documentUrl: (documentId: number) => `${location.origin}/doc/${documentId}`,
      });
    }, METHOD_NAMES);
    await use({ home, app, dialogs, events, emit });
    app.close();
    await host.close();
    rmSync(home, { recursive: true, force: true });
  },
});
