import { PartnerSearch } from '@open-spaces/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { partnerSearchQueryKey } from './get-partner-search';

/** The lead accepts or declines; the interested organisation withdraws. */
export type InterestAction = 'accept' | 'decline' | 'withdraw';

export const answerInterest = ({
  searchId,
  interestId,
  action,
}: {
  searchId: string;
  interestId: string;
  action: InterestAction;
}) =>
  apiRequest(
    `/api/partner-searches/${encodeURIComponent(searchId)}/interests/${encodeURIComponent(interestId)}/${action}`,
    { method: 'POST', auth: true, schema: PartnerSearch },
  );

export function useAnswerInterest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerInterest,
    onSuccess: (search) => queryClient.setQueryData(partnerSearchQueryKey(search.id), search),
  });
}
