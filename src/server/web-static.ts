/**
 * Serves the built web app (Vite output in dist/web): hashed assets with a
 * long cache, index.html never cached, and index.html for any other
 * non-API GET so shared view URLs open the app.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

export const DEFAULT_WEB_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist/web',
);

export function webApp(dir: string = DEFAULT_WEB_DIR): Router {
  const r = Router();
  const index = path.join(dir, 'index.html');
  r.use(
    '/assets',
    express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
  );
  r.use(express.static(dir, { index: false, maxAge: 0 }));
  r.get(/^\/(?!api\/).*/, (_req, res) => {
    if (!existsSync(index)) {
      res.status(404).type('text/plain').send('The web app is not built: run `npm run build:web`.');
      return;
    }
    res.set('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return r;
}
