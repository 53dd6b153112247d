import { z } from 'zod';
import type { FieldIssue } from '../../../../shared/api/result';
import type {
  Campaign,
  CampaignGoal,
  CampaignTerms,
  CampaignType,
  UnitDiscount,
} from '../../../../shared/domain/promotions';
import { campaignCreateSchema, type CampaignCreate } from '../../../../shared/api/schemas/promotions';
import { bpToPercentString, fromMinor, percentToBp, toMinor } from '../../../../shared/logic/money';
import { issuesByField } from '../../components/form-errors';
import { isoToWall, wallToIso } from './campaign-time';

/**
 * What the person types: percentages and major units as text, times as the shop's wall clock. The terms of
 * every type are kept side by side, so switching the type back and forth does not lose what was typed.
 */
export interface CampaignFormValues {
  name: string;
  type: CampaignType;
  goal: CampaignGoal;
  storefrontIds: string[];
  startAt: string;
  endAt: string;
  offPercent: string;
  offAmount: string;
  discountKind: UnitDiscount['kind'];
  quantityCap: string;
  tiers: { threshold: string; off: string }[];
  maxOff: string;
  minSpend: string;
  quantityIssued: string;
  giftSkuId: string;
  giftQuantity: string;
  multibuyMode: 'nthUnit' | 'bundle';
  multibuyUnits: string;
  skuIds: string[];
  categories: string[];
  brands: string[];
  budget: string;
  spend: string;
  notes: string;
  codes: string[];
  promotionIds: string[];
  keyNames: string[];
  stackDefault: boolean;
  stacksWith: CampaignType[];
}

export function emptyValues(startWall: string, endWall: string): CampaignFormValues {
  return {
    name: '',
    type: 'tiered',
    goal: 'sales',
    storefrontIds: [],
    startAt: startWall,
    endAt: endWall,
    offPercent: '',
    offAmount: '',
    discountKind: 'percent',
    quantityCap: '',
    tiers: [{ threshold: '', off: '' }],
    maxOff: '',
    minSpend: '0',
    quantityIssued: '',
    giftSkuId: '',
    giftQuantity: '1',
    multibuyMode: 'nthUnit',
    multibuyUnits: '2',
    skuIds: [],
    categories: [],
    brands: [],
    budget: '',
    spend: '0',
    notes: '',
    codes: [],
    promotionIds: [],
    keyNames: [],
    stackDefault: true,
    stacksWith: [],
  };
}

/** A saved campaign as form values (its times on the shop's wall clock). */
export function valuesFrom(c: Campaign, timeZone: string): CampaignFormValues {
  const v = emptyValues(isoToWall(c.startAt, timeZone), isoToWall(c.endAt, timeZone));
  const money = (minor: number) => fromMinor(minor, c.currency);
  const discount = (d: UnitDiscount) => {
    v.discountKind = d.kind;
    if (d.kind === 'percent') v.offPercent = bpToPercentString(d.offBp);
    else v.offAmount = money(d.offMinor);
  };
  const t = c.terms;
  if (t.type === 'percentage') v.offPercent = bpToPercentString(t.offBp);
  if (t.type === 'fixed') v.offAmount = money(t.offMinor);
  if (t.type === 'flash') {
    discount(t.discount);
    v.quantityCap = String(t.quantityCap);
  }
  if (t.type === 'tiered')
    v.tiers = t.tiers.map((x) => ({ threshold: money(x.thresholdMinor), off: money(x.offMinor) }));
  if (t.type === 'coupon') {
    discount(t.discount);
    v.maxOff = t.maxOffMinor === null ? '' : money(t.maxOffMinor);
    v.minSpend = money(t.minSpendMinor);
    v.quantityIssued = String(t.quantityIssued);
  }
  if (t.type === 'gift') {
    v.giftSkuId = t.giftSkuId;
    v.giftQuantity = String(t.giftQuantity);
    v.minSpend = money(t.minSpendMinor);
  }
  if (t.type === 'multibuy') {
    v.multibuyMode = t.mode;
    v.multibuyUnits = String(t.units);
    v.offPercent = bpToPercentString(t.offBp);
  }
  if (t.type === 'member') discount(t.discount);
  return {
    ...v,
    name: c.name,
    type: c.type,
    goal: c.goal,
    storefrontIds: [...c.storefrontIds],
    skuIds: [...c.scope.skuIds],
    categories: [...c.scope.categories],
    brands: [...c.scope.brands],
    budget: c.budgetMinor === null ? '' : money(c.budgetMinor),
    spend: money(c.spendMinor),
    notes: c.notes ?? '',
    codes: [...c.keys.codes],
    promotionIds: [...c.keys.promotionIds],
    keyNames: [...c.keys.names],
    stackDefault: c.stacksWith === null,
    stacksWith: c.stacksWith ?? [],
  };
}

/** Contract paths → form fields, so the server's and the schema's issues land on the input they are about. */
export function formField(path: string): string {
  const tier = /^terms\.tiers\.(\d+)\.(thresholdMinor|offMinor)$/.exec(path);
  if (tier) return `tiers.${tier[1]}.${tier[2] === 'offMinor' ? 'off' : 'threshold'}`;
  const direct: Record<string, string> = {
    'terms.offBp': 'offPercent',
    'terms.offMinor': 'offAmount',
    'terms.discount.offBp': 'offPercent',
    'terms.discount.offMinor': 'offAmount',
    'terms.discount': 'discountKind',
    'terms.quantityCap': 'quantityCap',
    'terms.tiers': 'tiers',
    'terms.maxOffMinor': 'maxOff',
    'terms.minSpendMinor': 'minSpend',
    'terms.quantityIssued': 'quantityIssued',
    'terms.giftSkuId': 'giftSkuId',
    'terms.giftQuantity': 'giftQuantity',
    'terms.mode': 'multibuyMode',
    'terms.units': 'multibuyUnits',
    'terms.type': 'type',
    terms: 'type',
    'scope.skuIds': 'skuIds',
    'scope.categories': 'categories',
    'scope.brands': 'brands',
    'keys.codes': 'codes',
    'keys.promotionIds': 'promotionIds',
    'keys.names': 'keyNames',
    budgetMinor: 'budget',
    spendMinor: 'spend',
  };
  if (direct[path]) return direct[path];
  const listItem = /^(scope|keys)\.(\w+)\.\d+$/.exec(path);
  if (listItem) return formField(`${listItem[1]}.${listItem[2]}`);
  return path;
}

type Converted =
  { input: CampaignCreate; errors?: undefined } | { input?: undefined; errors: Record<string, string> };

/**
 * Converts exactly (no rounding of what was typed) and validates with the same zod schema main uses. `currency`
 * is the chosen storefronts' currency: amounts are typed in it.
 */
export function toInput(v: CampaignFormValues, currency: string, timeZone: string): Converted {
  const errors: Record<string, string> = {};
  const percent = (field: string, text: string) => {
    // Unreadable text is refused here; a readable 0 or 120 % goes on to the schema, which names the range.
    const bp = percentToBp(text);
    if (bp === null) errors[field] = 'percent';
    return bp ?? 0;
  };
  const amount = (field: string, text: string) => {
    const minor = toMinor(text, currency);
    if (minor === null || minor < 0) errors[field] = 'amount';
    return minor ?? 0;
  };
  const count = (field: string, text: string) => {
    const n = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
    if (!Number.isSafeInteger(n) || n < 1) errors[field] = 'promotionQuantity';
    return Number.isSafeInteger(n) ? n : 0;
  };
  const discount = (): UnitDiscount =>
    v.discountKind === 'percent'
      ? { kind: 'percent', offBp: percent('offPercent', v.offPercent) }
      : { kind: 'amount', offMinor: amount('offAmount', v.offAmount) };
  const termsOf = (): CampaignTerms => {
    switch (v.type) {
      case 'percentage':
        return { type: 'percentage', offBp: percent('offPercent', v.offPercent) };
      case 'fixed':
        return { type: 'fixed', offMinor: amount('offAmount', v.offAmount) };
      case 'flash':
        return { type: 'flash', discount: discount(), quantityCap: count('quantityCap', v.quantityCap) };
      case 'tiered':
        return {
          type: 'tiered',
          tiers: v.tiers.map((tier, i) => ({
            thresholdMinor: amount(`tiers.${i}.threshold`, tier.threshold),
            offMinor: amount(`tiers.${i}.off`, tier.off),
          })),
        };
      case 'coupon':
        return {
          type: 'coupon',
          discount: discount(),
          maxOffMinor: v.maxOff.trim() ? amount('maxOff', v.maxOff) : null,
          minSpendMinor: amount('minSpend', v.minSpend),
          quantityIssued: count('quantityIssued', v.quantityIssued),
        };
      case 'gift':
        return {
          type: 'gift',
          giftSkuId: v.giftSkuId,
          giftQuantity: count('giftQuantity', v.giftQuantity),
          minSpendMinor: amount('minSpend', v.minSpend),
        };
      case 'multibuy':
        return {
          type: 'multibuy',
          mode: v.multibuyMode,
          units: count('multibuyUnits', v.multibuyUnits),
          offBp: percent('offPercent', v.offPercent),
        };
      default:
        return { type: 'member', discount: discount() };
    }
  };
  const startAt = wallToIso(v.startAt, timeZone);
  const endAt = wallToIso(v.endAt, timeZone);
  if (!startAt) errors.startAt = 'dateTime';
  if (!endAt) errors.endAt = 'dateTime';
  const candidate = {
    name: v.name,
    type: v.type,
    goal: v.goal,
    terms: termsOf(),
    stacksWith: v.stackDefault ? null : v.stacksWith,
    storefrontIds: v.storefrontIds,
    scope: { skuIds: v.skuIds, categories: v.categories, brands: v.brands },
    keys: { codes: v.codes, promotionIds: v.promotionIds, names: v.keyNames },
    startAt: startAt ?? '',
    endAt: endAt ?? '',
    budgetMinor: v.budget.trim() ? amount('budget', v.budget) : null,
    spendMinor: v.spend.trim() ? amount('spend', v.spend) : 0,
    notes: v.notes,
  };
  const parsed = campaignCreateSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      errors[formField(issue.path.map(String).join('.'))] ??= issue.message;
  }
  if (Object.keys(errors).length || !parsed.success) return { errors };
  return { input: parsed.data };
}

export const errorsFromIssues = (issues: FieldIssue[]): Record<string, string> =>
  issuesByField(issues, formField);

/** Mantine's schemaResolver: the form holds text, so this converts (toInput) and reports per form field. */
export const campaignFormSchema = (currency: () => string, timeZone: () => string) =>
  z.custom<CampaignFormValues>().superRefine((values, ctx) => {
    for (const [field, message] of Object.entries(toInput(values, currency(), timeZone()).errors ?? {})) {
      const path = field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      ctx.addIssue({ code: 'custom', path, message });
    }
  });
