import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { packageRoot } from '../core/index.js';
import type { ServeDeps } from './deps.js';
import { HttpError, errorBody, toApiError } from './envelope.js';
import { openApiDocument } from './openapi.js';
import { RateLimiter } from './rate-limit.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes } from './routes/events.js';

export interface AppOptions {
  /** The built web app (index.html and assets); null serves the API only. */
  webRoot?: string | null;
  requestsPerMinute?: number;
  maxBodyBytes?: number;
  version?: string;
}

/** The peer address; a request handed to the app in-process (app.request) has no socket and counts as one client. */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}

export function defaultWebRoot(): string {
  return join(packageRoot(), 'dist', 'web');
}

/** The HTTP API and the web app over one store. Read-only: the only POST, /api/analyze, stores nothing. */
export function createApp(deps: ServeDeps, options: AppOptions = {}): Hono {
  const app = new Hono();
  const limiter = new RateLimiter(options.requestsPerMinute ?? 600, 60_000);
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;

  app.onError((error, c) => {
    const body = toApiError(error);
    return c.json(body, body.error.status as 400);
  });
  app.notFound((c) => c.json(errorBody(404, `no route ${c.req.method} ${c.req.path}`, 'see /api/openapi.json for the routes'), 404));

  // Data is rendered as text by the web app; the policy is the second wall: no inline or foreign script at all.
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('/api/*', async (c, next) => {
    const client = clientAddress(c);
    if (!limiter.allow(client)) throw new HttpError(429, 'too many requests from this address', 'wait a minute, or slow the client down');
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => c.json(errorBody(413, `the request body is over ${maxBodyBytes} bytes`, 'send a shorter text'), 413),
    }),
  );

  app.get('/api/openapi.json', (c) => c.json(openApiDocument(options.version ?? '0')));
  app.get('/api/stats', (c) => c.json({ data: deps.store.stats() }));
  eventRoutes(app, deps);
  documentRoutes(app, deps);
  app.all('/api/*', (c) => c.json(errorBody(404, `no route ${c.req.method} ${c.req.path}`, 'see /api/openapi.json for the routes'), 404));

  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  if (webRoot !== null && existsSync(join(webRoot, 'index.html'))) {
    app.use('/*', serveStatic({ root: webRoot }));
    app.get('/*', serveStatic({ root: webRoot, path: 'index.html' }));
  } else {
    app.get('/', (c) =>
      c.text(`Marsad API is running: see /api/openapi.json. The web app is not built${webRoot ? ` (no ${join(webRoot, 'index.html')})` : ''}: run npm run build:web.\n`),
    );
  }
  return app;
}
