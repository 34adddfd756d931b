import { type CreateReportRequest, ReportReceipt } from '@open-spaces/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';

export const createReport = (body: CreateReportRequest) =>
  apiRequest('/api/reports', { method: 'POST', body, auth: true, schema: ReportReceipt });

export function useCreateReport() {
  return useMutation({ mutationFn: createReport });
}
