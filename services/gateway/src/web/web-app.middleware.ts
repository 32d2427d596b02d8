import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';

/** Paths the gateway answers itself; everything else is the web app's. */
const serverPaths = /^\/(api|auth|health|docs)(\/|$)/;

/** A path that names a file (`/assets/app.js`) is not a page: missing, it is a 404, not the app. */
const looksLikeFile = (path: string) => /\/[^/]+\.[A-Za-z0-9]+$/.test(path);

/**
 * The Content-Security-Policy of everything the gateway serves: scripts, styles, images, fonts and
 * connections (the API, live updates) from the gateway itself only; inline styles for the design
 * system's styled-components; no frames, no plugins. Plain-HTTP development addresses are not upgraded.
 */
export function contentSecurityPolicy(publicUrl: string): RequestHandler {
  return helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: new URL(publicUrl).protocol === 'https:' ? [] : null,
    },
  });
}

/**
 * The built web app (`WEB_DIST_DIR`, e.g. dist/web) at `/`: its files as they are (hashed assets
 * cached for a year), and `index.html` for every other page GET, so the app's own routes work on
 * reload (SPA fallback). API, sign-in, health and docs paths are never the app's.
 */
export function webApp(directory: string): RequestHandler {
  const root = resolve(directory);
  const index = join(root, 'index.html');
  const files = express.static(root, {
    index: false,
    fallthrough: true,
    setHeaders: (response, path) => {
      response.setHeader(
        'Cache-Control',
        path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || serverPaths.test(request.path)) return next();
    files(request, response, () => {
      if (looksLikeFile(request.path) || !existsSync(index)) return next();
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index, (error) => error && next());
    });
  };
}
