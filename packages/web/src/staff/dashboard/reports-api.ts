import { api } from '../api/client.js';
import type { SummaryReportView } from '@carelevel/contract';

export interface Period {
  readonly from: string;
  readonly to: string;
}

export const reportKey = (p: Period) => ['reports', 'summary', p.from, p.to] as const;

/** `GET /api/v1/reports/summary?from&to` (admin): counts only, never a person. Both days are included. */
export const readSummary = (p: Period): Promise<SummaryReportView> =>
  api.get<SummaryReportView>(`api/v1/reports/summary?${new URLSearchParams({ from: p.from, to: p.to }).toString()}`);

/** A date input's value, `days` from today in local time. */
export function localDate(days = 0, from = new Date()): string {
  const d = new Date(from);
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
