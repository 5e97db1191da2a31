export const BUDGET_GZIP_BYTES: number;
export function firstLoad(dist: string): {
  files: { file: string; bytes: number; gzip: number }[];
  jsGzip: number;
  jsBytes: number;
  cssGzip: number;
};
