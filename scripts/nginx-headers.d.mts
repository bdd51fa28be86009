export const HEADERS_FILE: string;
export function securityHeadersConf(policy: string): string;
