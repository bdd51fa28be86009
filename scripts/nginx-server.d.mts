export const NGINX_PATH: string | undefined;
export const NGINX_MISSING: string;
export function localSiteConfig(port: number, dist: string): string;
export function startNginx(options: {
  dist: string;
  timeoutMs?: number;
}): Promise<{ url: string; stop: () => Promise<void> }>;
