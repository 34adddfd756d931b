import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { myProfileQueryOptions } from '../features/people/api/get-my-profile';
import { useSession } from '../lib/session';

const exempt = ['/welcome', '/verify-email', '/reset-password', '/sign-in', '/register'];

/**
 * Sends a signed-in person whose profile is not onboarded yet to the short welcome flow, and
 * back to where they were afterwards. Finishing or skipping it marks the profile onboarded.
 */
export function OnboardingGate() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const profile = useQuery({ ...myProfileQueryOptions(), enabled: session.status === 'signedIn' });
  const needed = session.status === 'signedIn' && profile.data?.onboarded === false;

  useEffect(() => {
    if (!needed || exempt.some((path) => location.pathname.startsWith(path))) return;
    const here = `${location.pathname}${location.search}`;
    void navigate(`/welcome?next=${encodeURIComponent(here)}`, { replace: true });
  }, [needed, location.pathname, location.search, navigate]);
  return null;
}
