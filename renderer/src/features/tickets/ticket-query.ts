import type { TicketQueue } from '../../../../shared/domain/ticket-views';
import {
  ticketPriorities,
  ticketStates,
  ticketTypes,
  type TicketPriority,
  type TicketState,
  type TicketType,
} from '../../../../shared/domain/tickets';

/** The queue tabs: the API's queues plus "closed" (all tickets in state closed). */
export const queueTabs = [
  'mine',
  'unassigned',
  'due_today',
  'overdue',
  'pending_long',
  'open',
  'closed',
  'all',
] as const;
export type QueueTab = (typeof queueTabs)[number];

/** What the queue page shows, as kept in its URL (`?queue=overdue&type=return,exchange&q=1001&page=2`). */
export interface TicketFilters {
  tab: QueueTab;
  storefrontIds: string[];
  types: TicketType[];
  priorities: TicketPriority[];
  states: TicketState[];
  tag: string;
  search: string;
  page: number;
}

const listOf = <T extends string>(text: string | null, allowed: readonly T[]): T[] =>
  (text ?? '').split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));

export function filtersFromParams(params: URLSearchParams): TicketFilters {
  const tab = params.get('queue');
  const page = Number(params.get('page'));
  return {
    tab: (queueTabs as readonly string[]).includes(tab ?? '') ? (tab as QueueTab) : 'open',
    storefrontIds: (params.get('storefront') ?? '').split(',').filter(Boolean),
    types: listOf(params.get('type'), ticketTypes),
    priorities: listOf(params.get('priority'), ticketPriorities),
    states: listOf(params.get('state'), ticketStates),
    tag: params.get('tag') ?? '',
    search: params.get('q') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Only what differs from the defaults goes into the URL, so a plain /tickets is the open queue. */
export function paramsFromFilters(f: TicketFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.tab !== 'open') out.queue = f.tab;
  if (f.storefrontIds.length) out.storefront = f.storefrontIds.join(',');
  if (f.types.length) out.type = f.types.join(',');
  if (f.priorities.length) out.priority = f.priorities.join(',');
  if (f.states.length) out.state = f.states.join(',');
  if (f.tag.trim()) out.tag = f.tag.trim();
  if (f.search.trim()) out.q = f.search.trim();
  if (f.page > 1) out.page = String(f.page);
  return out;
}

export interface ListInput {
  queue: TicketQueue;
  storefrontIds?: string[];
  types?: TicketType[];
  priorities?: TicketPriority[];
  states?: TicketState[];
  tag?: string;
  search?: string;
  page: number;
  pageSize: number;
}

/** The tickets.list input of a tab with the page's filters (the closed tab is the closed state of "all"). */
export function listInput(f: TicketFilters, tab: QueueTab, search: string, pageSize: number): ListInput {
  const states = tab === 'closed' ? ['closed' as const] : f.states;
  return {
    queue: tab === 'closed' ? 'all' : tab,
    ...(f.storefrontIds.length ? { storefrontIds: f.storefrontIds } : {}),
    ...(f.types.length ? { types: f.types } : {}),
    ...(f.priorities.length ? { priorities: f.priorities } : {}),
    ...(states.length ? { states } : {}),
    ...(f.tag.trim() ? { tag: f.tag.trim() } : {}),
    ...(search ? { search } : {}),
    page: tab === f.tab ? f.page : 1,
    pageSize,
  };
}
