export function fontChars(root: string): Map<string, string>;
export function ignored(ch: string): boolean;
