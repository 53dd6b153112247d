import { useState } from 'react';
import type { TicketDetail } from '../../../../shared/domain/ticket-views';
import { ApiError } from '../../api';
import { notifyError, notifySuccess } from '../../components/notify-error';
import i18n from '../../i18n';

/** Refusals that name states (ticketTransition, ticketFinal, ticketMergeFinal) carry code words: say them. */
export function notifyTicketError(err: unknown): void {
  if (!(err instanceof ApiError) || !err.params) return notifyError(err);
  const params = { ...err.params };
  for (const name of ['from', 'to', 'state'] as const) {
    const word = params[name];
    if (typeof word === 'string' && i18n.exists(`tickets.stateWords.${word}`))
      params[name] = i18n.t(`tickets.stateWords.${word}`);
  }
  notifyError(
    new ApiError({ code: err.code, message: err.message, key: err.key, params, issues: err.issues }),
  );
}

/**
 * Runs one action of the ticket page: the API answers the ticket as it is now, which replaces the page's copy;
 * a refusal (Result code + message key) is shown in the person's language and nothing on the page changes.
 * `busy` names the running action so only its button spins.
 */
export function useTicketAction(onTicket: (ticket: TicketDetail) => void) {
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (name: string, work: () => Promise<TicketDetail>, success?: string): Promise<boolean> => {
    setBusy(name);
    try {
      onTicket(await work());
      if (success) notifySuccess(success);
      return true;
    } catch (err) {
      notifyTicketError(err);
      return false;
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}

export type TicketAction = ReturnType<typeof useTicketAction>;

/** Closed and merged tickets are final: the server refuses changes, so the page does not offer them. */
export const isFinal = (ticket: Pick<TicketDetail, 'state'>): boolean =>
  ticket.state === 'closed' || ticket.state === 'merged';
