export const REPORT: string;
export const POLICY: string;
export const CLARIFICATIONS: string;
export const BUNDLE_LISTS: string;
export function licenceAllowed(expression: unknown, allow: ReadonlySet<string>): boolean;
export function productionClosure(root: string, startDir: string): Map<string, { name: string; version: string }>;
export function bundledFolders(root: string): Map<string, { name: string; version: string }>;
export function main(argv: readonly string[]): Promise<number>;
