export const DIST: string;
export function buildOnce(): Promise<string>;
