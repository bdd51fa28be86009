// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../vite.config';
import { HEADERS_FILE, securityHeadersConf } from '../../../scripts/nginx-headers.mjs';

describe('the nginx config', () => {
  it('sends the Content-Security-Policy of vite.config.ts (else run `npm run deploy:headers`)', () => {
    expect(readFileSync(HEADERS_FILE, 'utf8')).toBe(securityHeadersConf(contentSecurityPolicy));
  });

  it('includes the headers in every location, since a location’s add_header replaces the server’s', () => {
    const conf = readFileSync('deploy/nginx.conf', 'utf8').replace(/#.*$/gm, '');
    const locations = conf.split(/\blocation\b/).slice(1);
    expect(locations.length).toBeGreaterThanOrEqual(4);
    for (const block of locations) expect(block).toContain('include gansu-hve/security-headers.conf;');
  });
});
