import { z } from 'zod';
import type { Channels, Namespace } from './channels';
import { ticketsContract } from './tickets-contract';
import { surveysContract } from './surveys-contract';
import { promotionsContract } from './promotions-contract';
import type { BackupFile, IntegrityReport, IntegrityStatus, RestoreSummary } from '../domain/backup';
import type { RecoveryStatus } from '../domain/recovery';
import { backupRestoreSchema, backupSaveToSchema } from './schemas/backup';
import type { DemoStatus } from '../domain/demo';
import type { FileChoice } from '../domain/files';
import type { FxRate } from '../domain/fx';
import type { JobInfo } from '../domain/jobs';
import type { Settings } from '../domain/settings';
import type { StaffMember } from '../domain/staff';
import type { Storefront } from '../domain/storefronts';
import {
  fxAddSchema,
  fxIdSchema,
  fxListSchema,
  settingsPatchSchema,
  staffCreateSchema,
  staffIdSchema,
  staffUpdateSchema,
} from './schemas/settings';
import {
  storefrontCreateSchema,
  storefrontIdSchema,
  storefrontListSchema,
  storefrontUpdateSchema,
} from './schemas/storefronts';
import { idSchema } from './schemas/common';
import { fileChoiceSchema } from './schemas/files';
import type {
  Listing,
  Page,
  PriceChange,
  ProductDetail,
  ProductSummary,
  ResolvedSku,
  SkuSuggestion,
  Sku,
  SkuAlias,
  SkuCost,
  StockMovement,
  CatalogFileResult,
} from '../domain/catalog';
import type {
  CompetitorPrice,
  CompetitorPrices,
  PriceSpreadReport,
  PricingWorkbench,
  RepricingPreview,
  RepricingResult,
} from '../domain/pricing';
import {
  adjustStockSchema,
  aliasKeySchema,
  aliasSchema,
  listingUpsertSchema,
  productCreateSchema,
  productIdSchema,
  productListSchema,
  productUpdateSchema,
  resolveSkuSchema,
  suggestSkusSchema,
  setCostSchema,
  skuIdSchema,
  skuUpsertSchema,
  stockMovementsSchema,
  catalogFileSchema,
  catalogImportSchema,
} from './schemas/catalog';
import {
  importFeesSchema,
  importHistorySchema,
  importOrdersSchema,
  inspectFileSchema,
  saveMappingSchema,
} from './schemas/imports';
import type { ImportRecord } from '../domain/orders';
import type { FileInspection } from '../domain/import-inspection';
import type { GenericImportSettings } from '../domain/order-mapping';
import type { OrderExportResult, OrderListPage, OrderView } from '../domain/order-list';
import type { OrderDetail } from '../domain/order-detail';
import {
  orderExportSchema,
  orderIdSchema,
  orderListSchema,
  orderViewIdSchema,
  orderViewSaveSchema,
} from './schemas/orders';
import type {
  CustomerDetail,
  CustomerList,
  CustomerMergeResult,
  CustomerSegmentFile,
  CustomerSplitResult,
} from '../domain/customers';
import {
  customerGetSchema,
  customerListSchema,
  customerMergeSchema,
  customerSegmentSchema,
  customerSplitSchema,
} from './schemas/customers';
import { kpisComputeSchema } from './schemas/kpis';
import { dashboardQuerySchema, dashboardStorefrontSchema } from './schemas/dashboard';
import type {
  BelowFloorListings,
  DashboardAlert,
  DashboardRankings,
  DashboardOverview,
  DashboardProducts,
} from '../domain/dashboard';
import type { KpiReport } from '../domain/kpis';
import type { ReportSchedule } from '../domain/reports';
import { monthlyReportSchema, reportScheduleSchema } from './schemas/reports';
import {
  competitorPriceAddSchema,
  priceSpreadSchema,
  repricingApplySchema,
  repricingPreviewSchema,
  workbenchSchema,
} from './schemas/pricing';

export interface CallDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** Phantom: carries the output type only. */
  output: O;
}

/** `call(schema).returns<T>()` pairs a zod input schema with the output type of a call. */
const call = <I extends z.ZodType>(input: I) => ({
  returns: <O>(): CallDef<I, O> => ({ input, output: undefined as O }),
});

/** Calls without arguments accept nothing or an empty object. */
const none = z.union([z.undefined(), z.object({}).strict()]);
const includeArchived = z.object({ includeArchived: z.boolean().optional() }).optional();

export const contract = {
  settings: {
    get: call(none).returns<Settings>(),
    update: call(settingsPatchSchema).returns<Settings>(),
  },
  staff: {
    list: call(includeArchived).returns<StaffMember[]>(),
    create: call(staffCreateSchema).returns<StaffMember>(),
    update: call(staffUpdateSchema).returns<StaffMember>(),
    archive: call(staffIdSchema).returns<StaffMember>(),
    restore: call(staffIdSchema).returns<StaffMember>(),
  },
  fx: {
    list: call(fxListSchema.optional()).returns<FxRate[]>(),
    add: call(fxAddSchema).returns<FxRate>(),
    remove: call(fxIdSchema).returns<{ id: string }>(),
  },
  storefronts: {
    list: call(storefrontListSchema.optional()).returns<Storefront[]>(),
    get: call(storefrontIdSchema).returns<Storefront>(),
    create: call(storefrontCreateSchema).returns<Storefront>(),
    update: call(storefrontUpdateSchema).returns<Storefront>(),
    archive: call(storefrontIdSchema).returns<Storefront>(),
    restore: call(storefrontIdSchema).returns<Storefront>(),
  },
  backup: {
    /** Starts a backup job into the data folder's backups/; progress arrives as jobs:progress. */
    start: call(none).returns<JobInfo>(),
    list: call(none).returns<BackupFile[]>(),
    check: call(none).returns<IntegrityReport>(),
    /** Starts a backup job into a file the person chose (save dialog; typed path in the preview). */
    saveTo: call(backupSaveToSchema).returns<JobInfo>(),
    /**
     * Validates the file, keeps the current database in backups/pre-restore-<time>.db, swaps the file in and
     * reopens it (the app's connection is closed first). CONFLICT while an import runs. Pages reload after it.
     */
    restore: call(backupRestoreSchema).returns<RestoreSummary>(),
    /** The last full integrity check recorded beside the database, and whether the background one is running. */
    integrity: call(none).returns<IntegrityStatus>(),
  },
  recovery: {
    /** Whether the database opened normally or the app is in recovery (damaged, unreadable, too new). */
    status: call(none).returns<RecoveryStatus>(),
    /** Ends the app (the recovery screen's "Quit"); `quitting` false where the host cannot end itself. */
    quit: call(none).returns<{ quitting: boolean }>(),
  },
  jobs: {
    list: call(none).returns<JobInfo[]>(),
    get: call(z.object({ id: idSchema })).returns<JobInfo>(),
    cancel: call(z.object({ id: idSchema })).returns<JobInfo>(),
  },
  demo: {
    status: call(none).returns<DemoStatus>(),
    open: call(none).returns<DemoStatus>(),
  },
  files: {
    /** A native open/save dialog in the desktop app; `manual` where there is none (preview in a browser). */
    choose: call(fileChoiceSchema).returns<FileChoice>(),
  },
  catalog: {
    /**
     * Starts the importProducts job; its `message` is the summary JSON ({inserted, updated, unchanged, errors,
     * warnings}) — a file with errors ends "done" with errors listed and nothing written.
     */
    importProducts: call(catalogImportSchema).returns<JobInfo>(),
    /** Whole catalog to xlsx/csv at an absolute path (same columns as import, so it round-trips). */
    exportProducts: call(catalogFileSchema).returns<CatalogFileResult>(),
    /** Empty import template with a second sheet explaining the columns. */
    productTemplate: call(catalogFileSchema).returns<CatalogFileResult>(),
    /** Server-side paging: at most 200 rows a page. */
    listProducts: call(productListSchema).returns<Page<ProductSummary>>(),
    getProduct: call(productIdSchema).returns<ProductDetail>(),
    createProduct: call(productCreateSchema).returns<ProductDetail>(),
    updateProduct: call(productUpdateSchema).returns<ProductDetail>(),
    upsertSku: call(skuUpsertSchema).returns<ProductDetail>(),
    /** Appends a dated cost row; history is never rewritten. */
    setCost: call(setCostSchema).returns<SkuCost>(),
    /** Newest first. */
    costHistory: call(skuIdSchema).returns<SkuCost[]>(),
    upsertListing: call(listingUpsertSchema).returns<Listing>(),
    /** Newest first. */
    priceHistory: call(z.object({ listingId: idSchema })).returns<PriceChange[]>(),
    addAlias: call(aliasSchema).returns<SkuAlias>(),
    removeAlias: call(aliasKeySchema).returns<{ storefrontId: string; alias: string }>(),
    /** The SKU a storefront's code means, or null (imports queue it for matching). */
    resolveSku: call(resolveSkuSchema).returns<ResolvedSku | null>(),
    /** SKUs a code that matched nothing may mean, best first (at most `limit`, default 8). */
    suggestSkus: call(suggestSkusSchema).returns<SkuSuggestion[]>(),
    adjustStock: call(adjustStockSchema).returns<{ sku: Sku; movement: StockMovement }>(),
    /** Newest first. */
    stockMovements: call(stockMovementsSchema).returns<Page<StockMovement>>(),
  },
  pricing: {
    workbench: call(workbenchSchema).returns<PricingWorkbench>(),
    /** Reads only: the new price of every selected listing under the rule. */
    previewRepricing: call(repricingPreviewSchema).returns<RepricingPreview>(),
    /** Recomputes server-side and writes every change in one transaction; CONFLICT belowFloor without overrideReason. */
    applyRepricing: call(repricingApplySchema).returns<RepricingResult>(),
    /** SKUs listed on ≥ 2 storefronts, widest spread first. */
    priceSpread: call(priceSpreadSchema).returns<PriceSpreadReport>(),
    addCompetitorPrice: call(competitorPriceAddSchema).returns<CompetitorPrice>(),
    /** Newest observation first, beside the SKU's own listing prices. */
    competitorPrices: call(skuIdSchema).returns<CompetitorPrices>(),
  },
  imports: {
    /**
     * Starts the importOrders job for one storefront's export (a Taobao/Etsy orders + items pair counts as one).
     * Its `message` is the OrderImportSummary JSON; a file with any error ends "done" with errors and nothing written.
     */
    importOrders: call(importOrdersSchema).returns<JobInfo>(),
    /** Starts the importFees job (Amazon settlement / date range, Shopify Payments): actual fees attach to orders. */
    importFees: call(importFeesSchema).returns<JobInfo>(),
    /** Newest first. */
    history: call(importHistorySchema).returns<Page<ImportRecord>>(),
    /**
     * Reads the head of a file for the column-mapping screen: header row (as the generic importer finds it),
     * sample rows, a platform it belongs to, the mapping saved for it on this storefront and a suggestion.
     */
    inspectFile: call(inspectFileSchema).returns<FileInspection>(),
    /** Saves the generic importer's settings for this storefront and header row (used by format 'generic'). */
    saveMapping: call(saveMappingSchema).returns<GenericImportSettings>(),
  },
  orders: {
    /**
     * One page (≤ 200) of every storefront's orders; ids of the page come from a narrow index walk. `total` is
     * exact without filters and counted up to 10,000 with them (`totalCapped` then means "10,000+").
     */
    list: call(orderListSchema).returns<OrderListPage>(),
    /** Lines with their SKUs, customer, shipping, status history, fees and the profit waterfall. */
    get: call(orderIdSchema).returns<OrderDetail>(),
    /** Every order matching the filters to xlsx/csv at an absolute path; ids and phones as text, no formulas. */
    export: call(orderExportSchema).returns<OrderExportResult>(),
    /** Saved views of the list, by name. */
    views: call(none).returns<OrderView[]>(),
    /** Creates a view or replaces the one with `id`; CONFLICT viewNameTaken for a name already used. */
    saveView: call(orderViewSaveSchema).returns<OrderView>(),
    deleteView: call(orderViewIdSchema).returns<{ id: string }>(),
  },
  customers: {
    /** Server-side paging (≤ 200 a page) over the stored customer figures; money in base-currency minor units. */
    list: call(customerListSchema).returns<CustomerList>(),
    /** Identities, lifetime figures, RFM and one page of orders across storefronts (newest first). */
    get: call(customerGetSchema).returns<CustomerDetail>(),
    /** One transaction, audited: the sources' orders and identities move to the target; the sources are gone. */
    merge: call(customerMergeSchema).returns<CustomerMergeResult>(),
    /** One transaction, audited: the orders move to a new customer with the identities only they use. */
    split: call(customerSplitSchema).returns<CustomerSplitResult>(),
    /** The customers of a tier or list filter to xlsx/csv; ids and phones are text cells, formulas neutralised. */
    exportSegment: call(customerSegmentSchema).returns<CustomerSegmentFile>(),
  },
  kpis: {
    /** METRICS.md figures of a period per storefront and in total (base currency); reads only. */
    compute: call(kpisComputeSchema).returns<KpiReport>(),
  },
  dashboard: {
    /**
     * The period's figures with MoM/YoY, daily trend (and the previous period's), storefronts and service
     * figures; cost and profit null for the service role. Reads only.
     */
    overview: call(dashboardQuerySchema).returns<DashboardOverview>(),
    /** The period's top and bottom 10 products, ranked as dashboard.products ranks them all. Reads only. */
    rankings: call(dashboardQuerySchema).returns<DashboardRankings>(),
    /** What needs the owner's attention now, each with a link to the rows behind it. Reads only. */
    alerts: call(dashboardQuerySchema).returns<DashboardAlert[]>(),
    /** Every product of the period ranked by gross profit (the rows behind the "sold at a loss" alert). */
    products: call(dashboardQuerySchema).returns<DashboardProducts>(),
    /** Listings priced below their floor now, optionally of one storefront (the "below floor" alert's rows). */
    belowFloor: call(dashboardStorefrontSchema).returns<BelowFloorListings>(),
  },
  reports: {
    /**
     * Starts the monthlyReport job (progress, cancel; the file appears only when complete). Its `message` is the
     * MonthlyReportResult JSON: {file, month, sheets, orderLines}.
     */
    monthly: call(monthlyReportSchema).returns<JobInfo>(),
    /** The scheduled export setting ("last month's report into a folder on the first start of a month"). */
    schedule: call(none).returns<ReportSchedule>(),
    /** Turns the schedule on or off; an enabled one needs a folder that exists (picked in a folder dialog). */
    saveSchedule: call(reportScheduleSchema).returns<ReportSchedule>(),
  },
  tickets: ticketsContract,
  surveys: surveysContract,
  promotions: promotionsContract,
} satisfies { [N in Namespace]: { [M in Channels[N][number]]: CallDef } };

export type Contract = typeof contract;
export type MethodName<N extends Namespace> = keyof Contract[N] & string;
type Def<N extends Namespace, M extends MethodName<N>> = Contract[N][M] extends CallDef
  ? Contract[N][M]
  : never;
export type CallInput<N extends Namespace, M extends MethodName<N>> = z.input<Def<N, M>['input']>;
export type ParsedInput<N extends Namespace, M extends MethodName<N>> = z.output<Def<N, M>['input']>;
export type CallOutput<N extends Namespace, M extends MethodName<N>> = Def<N, M>['output'];
