// Writes deploy/security-headers.conf, the nginx include that sends the app's
// Content-Security-Policy (and nosniff) as headers, from the one policy in vite.config.ts.
// Run after changing the policy: `npm run deploy:headers`. A unit test fails while they differ.
import { writeFileSync } from 'node:fs';

export const HEADERS_FILE = 'deploy/security-headers.conf';

/** The include's text for a policy. `always`: the headers go out with error pages too. */
export function securityHeadersConf(policy) {
  if (policy.includes('"')) throw new Error('the policy may not contain a double quote');
  return [
    '# Generated from contentSecurityPolicy in vite.config.ts by scripts/nginx-headers.mjs',
    '# (npm run deploy:headers): edit the policy there, not here.',
    '# Included in every location of nginx.conf, because an add_header in a location',
    '# replaces all the add_header lines the server block has.',
    `add_header Content-Security-Policy "${policy}" always;`,
    'add_header X-Content-Type-Options "nosniff" always;',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Vite's own loader reads the TypeScript config, so the policy has a single home.
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport('./vite.config.ts');
  writeFileSync(HEADERS_FILE, securityHeadersConf(module.contentSecurityPolicy));
  console.log(`wrote ${HEADERS_FILE}`);
}
