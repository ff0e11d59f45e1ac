import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { ReferralEscalatedSubscription, RequestReceivedSubscription } from '../../api/staff';
import { useCan } from '../../app/me';
import type { ReferralEscalatedSubscription as Escalated, RequestReceivedSubscription as Received } from '../../gql/graphql';

type Arrival = Received['requestReceived'];
type Escalation = Escalated['referralEscalated'];

/** Calls `on` once per event (urql keeps the last payload; the envelope id tells a new one). */
function useEach<T extends { event: { id: string } }>(value: T | undefined, on: ((v: T) => void) | undefined): void {
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (!value || value.event.id === last.current) return;
    last.current = value.event.id;
    on?.(value);
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps
}

/**
 * The centre's live feeds (G7): a new request for the centre, a referral
 * escalated into its queue or sent to the bar. One stream per feed asked
 * for (at most two per tab, CONSOLE.md §8); none when the role may not
 * subscribe. Missed events are not replayed: screens refetch on reconnect.
 */
export function useStaffFeed(handlers: { onRequest?: (a: Arrival) => void; onEscalation?: (e: Escalation) => void }): void {
  const canRequests = useCan('requestReceived') && !!handlers.onRequest;
  const canEscalations = useCan('referralEscalated') && !!handlers.onEscalation;
  const [requests] = useSubscription({ query: RequestReceivedSubscription, pause: !canRequests });
  const [escalations] = useSubscription({ query: ReferralEscalatedSubscription, pause: !canEscalations });
  useEach(requests.data?.requestReceived, handlers.onRequest);
  useEach(escalations.data?.referralEscalated, handlers.onEscalation);
}
