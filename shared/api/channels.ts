/**
 * Every call of the API by name, as plain data. The preload imports only this file, so it stays tiny
 * and cannot pull zod or domain code into the sandboxed renderer process.
 */
export const channels = {
  settings: ['get', 'update'],
  staff: ['list', 'create', 'update', 'archive', 'restore'],
  fx: ['list', 'add', 'remove'],
  storefronts: ['list', 'get', 'create', 'update', 'archive', 'restore'],
  backup: ['start', 'list', 'check', 'saveTo', 'restore', 'integrity'],
  recovery: ['status', 'quit'],
  jobs: ['list', 'get', 'cancel'],
  demo: ['status', 'open'],
  files: ['choose'],
  catalog: [
    'listProducts',
    'getProduct',
    'createProduct',
    'updateProduct',
    'upsertSku',
    'setCost',
    'costHistory',
    'upsertListing',
    'priceHistory',
    'addAlias',
    'removeAlias',
    'resolveSku',
    'suggestSkus',
    'adjustStock',
    'stockMovements',
    'importProducts',
    'exportProducts',
    'productTemplate',
  ],
  pricing: [
    'workbench',
    'previewRepricing',
    'applyRepricing',
    'priceSpread',
    'addCompetitorPrice',
    'competitorPrices',
  ],
  imports: ['importOrders', 'importFees', 'history', 'inspectFile', 'saveMapping'],
  orders: ['list', 'get', 'export', 'views', 'saveView', 'deleteView'],
  customers: ['list', 'get', 'merge', 'split', 'exportSegment'],
  kpis: ['compute'],
  dashboard: ['overview', 'rankings', 'alerts', 'products', 'belowFloor'],
  reports: ['monthly', 'schedule', 'saveSchedule'],
  tickets: [
    'list',
    'get',
    'lookup',
    'create',
    'update',
    'link',
    'transition',
    'assign',
    'reply',
    'note',
    'setTags',
    'setRootCause',
    'merge',
    'bulkAssign',
    'bulkClose',
    'refund',
    'setGoodsReturned',
    'restock',
    'reship',
    'stats',
    'setup',
    'saveSetup',
    'cannedReplies',
    'saveCannedReply',
    'archiveCannedReply',
    'renderCannedReply',
    'importFile',
  ],
  surveys: [
    'templates',
    'saveTemplate',
    'archiveTemplate',
    'restoreTemplate',
    'rules',
    'saveRule',
    'invitations',
    'invitation',
    'createOrderInvitations',
    'renderInvitation',
    'markSent',
    'exportInvitations',
    'recordResponse',
    'responses',
    'getResponse',
    'inspectImport',
    'checkImport',
    'importResponses',
    'results',
    'improvementActions',
    'saveImprovementAction',
  ],
  promotions: [
    'list',
    'get',
    'create',
    'update',
    'activate',
    'cancel',
    'move',
    'guardrail',
    'conflicts',
    'evaluate',
    'compare',
    'attribution',
  ],
} as const;

export type Channels = typeof channels;
export type Namespace = keyof Channels;
export type MethodOf<N extends Namespace> = Channels[N][number];

/** The IPC channel string of a call: `storefronts:create`. */
export const channelName = (namespace: string, method: string): string => `${namespace}:${method}`;

export const allChannels = (): { namespace: Namespace; method: string; channel: string }[] =>
  (Object.keys(channels) as Namespace[]).flatMap((namespace) =>
    channels[namespace].map((method) => ({ namespace, method, channel: channelName(namespace, method) })),
  );

/** Events pushed from main to the renderer (progress, data changed). Names only, as above. */
export const eventNames = ['jobs:progress', 'data:changed'] as const;
export type EventName = (typeof eventNames)[number];
