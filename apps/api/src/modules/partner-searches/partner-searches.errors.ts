import { AppException } from '../../common/errors/app.exception';

export const partnerSearchErrors = {
  notFound: () => new AppException(404, 'not_found', 'There is no partner search at this address.'),
  callNotFound: () => new AppException(404, 'not_found', 'There is no funding call at this address.'),
  interestNotFound: () =>
    new AppException(404, 'not_found', 'There is no such interest in this partner search.'),
  notLeadEditor: () =>
    new AppException(
      403,
      'forbidden',
      'Only owners, admins and editors of an organisation start and manage its partner searches.',
    ),
  notPartnerEditor: () =>
    new AppException(
      403,
      'forbidden',
      'Only owners, admins and editors of an organisation speak for it in a partner search.',
    ),
  noPartnerRequirements: () =>
    new AppException(
      409,
      'no_partner_requirements',
      'This call does not ask for partners: it sets no minimum number of partners or countries.',
    ),
  callClosed: () => new AppException(409, 'call_closed', 'This call is closed.'),
  searchClosed: () =>
    new AppException(409, 'partner_search_closed', 'This partner search no longer takes interest.'),
  ownSearch: () =>
    new AppException(409, 'own_partner_search', 'An organisation cannot join its own partner search.'),
  alreadyInterested: () =>
    new AppException(409, 'already_interested', 'This organisation has already expressed interest.'),
  alreadyAnswered: () =>
    new AppException(409, 'interest_already_answered', 'This interest has already been answered.'),
};
