export function startStaticServer(options: {
  root: string;
  api?: (url: URL) => { status: number; body: unknown };
}): Promise<{ url: string; close: () => Promise<void> }>;
