import type { ProgramReport, ProgramReportList, ProgramReportResolution } from '@carelevel/contract';
export { PROGRAM_PROBLEMS as PROBLEMS } from '@carelevel/contract';
import { api, seg } from '../api/client.js';

export const STATUSES = ['open', 'fixed', 'closed', 'dismissed'] as const;
export type ReportStatus = (typeof STATUSES)[number];

export const reportsKey = (status: ReportStatus) => ['program-reports', status] as const;

/** `POST /api/v1/programs/{id}/reports`: the same public route the finder uses. */
export const sendReport = (programId: string, problem: string, note: string): Promise<unknown> =>
  api.post(`api/v1/programs/${seg(programId)}/reports`, note.trim() ? { problem, note: note.trim() } : { problem });

/** `GET /api/v1/program-reports?status` (admin). */
export const listReports = (status: ReportStatus): Promise<ProgramReportList> =>
  api.get<ProgramReportList>(`api/v1/program-reports?status=${status}&limit=200`);

/** `POST /api/v1/program-reports/{id}/resolve` (admin; audited). */
export const resolveReport = (id: string, body: ProgramReportResolution): Promise<ProgramReport> =>
  api.post<ProgramReport>(`api/v1/program-reports/${seg(id)}/resolve`, body);
