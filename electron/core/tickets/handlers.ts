import type { FeatureHandlers } from '../handlers';
import type { CoreContext } from '../context';
import { notFound } from '../../../shared/api/result';
import { nowIso } from '../../../shared/logic/ids';
import { stmt } from '../pricing/raw-context';
import { checkImportFile } from '../catalog/import/files';
import { archiveCannedReply, listCannedReplies, renderCannedReply, saveCannedReply } from './canned';
import { createTicket, linkTicket } from './create';
import { lookupTicketTarget } from './lookup';
import { listTickets } from './list';
import { bulkAssign, bulkClose, mergeTickets } from './merge';
import { refundTicket, reshipTicket, restockTicket, setGoodsReturned } from './resolution';
import { publicSetup, readTicketSetup, saveTicketSetup } from './setup';
import { refuseServiceRole } from './setup-role';
import { ticketStats } from './stats';
import { getTicket } from './views';
import {
  assignTicket,
  noteOnTicket,
  replyToTicket,
  setRootCause,
  setTicketTags,
  transitionTicket,
  updateTicketFields,
} from './workflow';

/**
 * Raw-connection work while holding Kysely's single connection (customers/handlers.ts does the same), so no
 * Kysely transaction interleaves with ours. Every write is one better-sqlite3 transaction inside its service.
 */
const exclusive = <T>(ctx: CoreContext, fn: () => T | Promise<T>): Promise<T> =>
  ctx.db.connection().execute(async () => fn());

/** A write, then the ticket as it is now; open pages of tickets (and orders, for refunds) reload. */
const write = (
  ctx: CoreContext,
  id: string,
  fn: (at: string) => void,
  namespaces: ('tickets' | 'orders' | 'catalog')[] = ['tickets'],
) =>
  exclusive(ctx, () => {
    const at = nowIso();
    fn(at);
    for (const namespace of namespaces) ctx.emit('data:changed', { namespace });
    return getTicket(ctx.sqlite, id, at);
  });

export const ticketsHandlers: FeatureHandlers<'tickets'> = {
  list: (input, ctx) => exclusive(ctx, () => listTickets(ctx.sqlite, input, nowIso())),
  get: (input, ctx) => exclusive(ctx, () => getTicket(ctx.sqlite, input.id, nowIso())),
  lookup: (input, ctx) =>
    exclusive(ctx, () => lookupTicketTarget(ctx.sqlite, input.query, input.storefrontId)),
  create: (input, ctx) =>
    exclusive(ctx, () => {
      const at = nowIso();
      const id = createTicket(ctx.sqlite, input, at);
      ctx.emit('data:changed', { namespace: 'tickets' });
      return getTicket(ctx.sqlite, id, at);
    }),
  update: (input, ctx) => write(ctx, input.id, (at) => updateTicketFields(ctx.sqlite, input, at)),
  link: (input, ctx) => write(ctx, input.id, (at) => linkTicket(ctx.sqlite, input, at)),
  transition: (input, ctx) =>
    write(ctx, input.id, (at) =>
      transitionTicket(ctx.sqlite, { ...input, to: input.to as Exclude<typeof input.to, 'merged'> }, at),
    ),
  assign: (input, ctx) => write(ctx, input.id, (at) => assignTicket(ctx.sqlite, input, at)),
  reply: (input, ctx) => write(ctx, input.id, (at) => replyToTicket(ctx.sqlite, input, at)),
  note: (input, ctx) => write(ctx, input.id, (at) => noteOnTicket(ctx.sqlite, input, at)),
  setTags: (input, ctx) => write(ctx, input.id, (at) => setTicketTags(ctx.sqlite, input, at)),
  setRootCause: (input, ctx) => write(ctx, input.id, (at) => setRootCause(ctx.sqlite, input, at)),
  merge: (input, ctx) => write(ctx, input.targetId, (at) => mergeTickets(ctx.sqlite, input, at)),
  bulkAssign: (input, ctx) =>
    exclusive(ctx, () => {
      const result = bulkAssign(ctx.sqlite, input, nowIso());
      ctx.emit('data:changed', { namespace: 'tickets' });
      return result;
    }),
  bulkClose: (input, ctx) =>
    exclusive(ctx, () => {
      const result = bulkClose(ctx.sqlite, input, nowIso());
      ctx.emit('data:changed', { namespace: 'tickets' });
      return result;
    }),
  refund: (input, ctx) =>
    write(ctx, input.id, (at) => refundTicket(ctx.sqlite, input, at), ['tickets', 'orders']),
  setGoodsReturned: (input, ctx) => write(ctx, input.id, (at) => setGoodsReturned(ctx.sqlite, input, at)),
  restock: (input, ctx) =>
    write(ctx, input.id, (at) => restockTicket(ctx.sqlite, input, at), ['tickets', 'catalog']),
  reship: (input, ctx) =>
    write(ctx, input.id, (at) => reshipTicket(ctx.sqlite, input, at), ['tickets', 'catalog']),
  stats: (input, ctx) => exclusive(ctx, () => ticketStats(ctx.sqlite, input, nowIso())),
  setup: (_input, ctx) => exclusive(ctx, () => publicSetup(readTicketSetup(ctx.sqlite))),
  saveSetup: (input, ctx) =>
    exclusive(ctx, () => {
      refuseServiceRole(ctx.sqlite);
      const setup = saveTicketSetup(ctx.sqlite, input, nowIso());
      ctx.emit('data:changed', { namespace: 'tickets' });
      return setup;
    }),
  cannedReplies: (input, ctx) =>
    exclusive(ctx, () => listCannedReplies(ctx.sqlite, input?.includeArchived ?? false)),
  saveCannedReply: (input, ctx) => exclusive(ctx, () => saveCannedReply(ctx.sqlite, input, nowIso())),
  archiveCannedReply: (input, ctx) =>
    exclusive(ctx, () => archiveCannedReply(ctx.sqlite, input.id, nowIso())),
  renderCannedReply: (input, ctx) => exclusive(ctx, () => renderCannedReply(ctx.sqlite, input)),
  importFile: (input, ctx) => {
    if (!stmt(ctx.sqlite, 'SELECT 1 FROM storefronts WHERE id = ?').get(input.storefrontId))
      throw notFound('storefront', input.storefrontId);
    const file = checkImportFile(ctx.files.check(input.path));
    return ctx.jobs.start('importTickets', { dbFile: ctx.dbFile, storefrontId: input.storefrontId, file });
  },
};
