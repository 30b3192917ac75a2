import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { guideRouter } from './guide.js';

describe('guideRouter', () => {
  it('serves the Browser guide and style, CORS-open', async () => {
    const app = express();
    app.use(guideRouter());
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const guide = await fetch(`${base}/guide`);
      expect(guide.status).toBe(200);
      expect(guide.headers.get('access-control-allow-origin')).toBe('*');
      const html = await guide.text();
      expect(html).toContain('<article class="guide">');
      expect(html.match(/<slide /g)!.length).toBeGreaterThan(8);
      expect(html).toContain('<pre mode="cypher"');
      expect(html).toContain(`:style ${base}/guide/style.grass`);
      expect(html).toContain(':params {topic: &#39;peace conference&#39;'.replace(/&#39;/g, "'"));
      const style = await fetch(`${base}/guide/style.grass`);
      expect(style.headers.get('access-control-allow-origin')).toBe('*');
      expect(await style.text()).toContain('node.Person');
      // Neo4j Browser's fetch sends a preflight with its own headers.
      const preflight = await fetch(`${base}/guide`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://localhost:7474',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'x-ajax-browser-auth',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-headers')).toBe('x-ajax-browser-auth');
    } finally {
      server.close();
    }
  });
});
