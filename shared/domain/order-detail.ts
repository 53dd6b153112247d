import type { OrderStatus } from './orders';
import type { Platform } from './storefronts';
import type { TicketState, TicketType } from './tickets';

export interface OrderDetailLine {
  lineNo: number;
  /** The storefront's code as the file had it. */
  skuCode: string | null;
  title: string;
  quantity: number;
  unitPriceMinor: number;
  lineDiscountMinor: number;
  /** The SKU the code matched; null = unmatched (queued for matching, costs 0). */
  sku: { id: string; code: string; name: string; productId: string; productName: string } | null;
  /** Full unit cost in base-currency minor units, as captured at import. */
  unitCostBaseMinor: number | null;
}

export interface OrderStatusEntry {
  status: OrderStatus;
  refundedMinor: number;
  at: string;
  importId: string | null;
}

export interface OrderFeeEntry {
  kind: string;
  amountMinor: number;
  currency: string;
  sourceRef: string;
}

/** One step of the profit waterfall, rounded once (half away from zero), in both currencies. */
export interface WaterfallStep {
  key:
    | 'grossSales'
    | 'discounts'
    | 'refunds'
    | 'netSales'
    | 'shippingIncome'
    | 'cogs'
    | 'fees'
    | 'shippingCost'
    | 'grossProfit';
  /** Signed as it acts on profit: discounts, refunds, COGS, fees and shipping cost are negative. */
  baseMinor: number;
  orderMinor: number;
  /** Subtotals (net sales, gross profit) are drawn from zero; the others float from the running total. */
  total: boolean;
}

export type OrderProfitView =
  | {
      available: true;
      baseCurrency: string;
      currency: string;
      steps: WaterfallStep[];
      feesSource: 'actual' | 'rule';
      shippingCostSource: 'order' | 'default';
      /** Gross margin in basis points of net sales; null when net sales are 0. */
      grossMarginBp: number | null;
    }
  /** No FX rate for the order's currency on or before its date: the figures cannot be converted yet. */
  | {
      available: false;
      baseCurrency: string;
      currency: string;
      missingRate: { currency: string; date: string };
    }
  /** The service role sees no costs and no profit (PRODUCT.md §10): orders.get leaves them out. */
  | { available: false; hidden: true; baseCurrency: string; currency: string };

export interface OrderDetail {
  id: string;
  storefront: { id: string; name: string; platform: Platform; currency: string };
  externalId: string;
  placedAt: string;
  placedDate: string;
  paidAt: string | null;
  status: OrderStatus;
  afterSales: boolean;
  currency: string;
  buyer: { name: string | null; phone: string | null; email: string | null; platformId: string | null };
  shipping: {
    name: string | null;
    phone: string | null;
    address: string | null;
    city: string | null;
    province: string | null;
    zip: string | null;
    country: string | null;
  };
  amounts: {
    grossMinor: number;
    lineDiscountMinor: number;
    orderDiscountMinor: number;
    platformDiscountMinor: number;
    shippingIncomeMinor: number;
    taxMinor: number;
    totalPaidMinor: number;
    refundedMinor: number;
    /** Null for the service role, like every cost figure. */
    cogsBaseMinor: number | null;
    feesMinor: number | null;
    shippingCostMinor: number | null;
  };
  unmatchedLines: number;
  source: string | null;
  promotionCodes: string[];
  note: string | null;
  lines: OrderDetailLine[];
  /** The merged customer: all their orders, and how many of them were placed on other storefronts. */
  customer: { id: string; name: string | null; orders: number; otherStorefrontOrders: number } | null;
  statusHistory: OrderStatusEntry[];
  /** Imported actual fees; empty means the storefront's fee rule applies. */
  fees: OrderFeeEntry[];
  profit: OrderProfitView;
  /** After-sales tickets linked to the order, oldest first. */
  tickets: OrderTicketLink[];
}

export interface OrderTicketLink {
  id: string;
  number: number;
  type: TicketType;
  state: TicketState;
  subject: string;
  refundMinor: number;
  createdAt: string;
}
