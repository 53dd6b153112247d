import { z } from 'zod';
import type { Storefront, Platform, StorefrontRole } from '../../../../shared/domain/storefronts';
import { storefrontCreateSchema, type StorefrontFields } from '../../../../shared/api/schemas/storefronts';
import type { FieldIssue } from '../../../../shared/api/result';
import { issuesByField } from '../../components/form-errors';
import { bpToPercentString, fromMinor, percentToBp, toMinor } from '../../../../shared/logic/money';

/** What the person types: percentages and major units as text, converted exactly before sending. */
export interface StorefrontFormValues {
  name: string;
  platform: Platform | '';
  currency: string;
  timezone: string;
  role: StorefrontRole;
  commission: string;
  paymentFee: string;
  fixedFee: string;
  shipping: string;
  categories: { category: string; rate: string }[];
}

export function emptyValues(currency: string, timezone: string): StorefrontFormValues {
  return {
    name: '',
    platform: '',
    currency,
    timezone,
    role: 'core',
    commission: '0',
    paymentFee: '0',
    fixedFee: '0',
    shipping: '0',
    categories: [],
  };
}

export function valuesFrom(s: Storefront): StorefrontFormValues {
  const f = s.feeRules;
  return {
    name: s.name,
    platform: s.platform,
    currency: s.currency,
    timezone: s.timezone,
    role: s.role,
    commission: bpToPercentString(f.commissionRateBp),
    paymentFee: bpToPercentString(f.paymentFeeRateBp),
    fixedFee: fromMinor(f.fixedFeeMinor, s.currency),
    shipping: fromMinor(f.shippingCostMinor, s.currency),
    categories: f.categoryCommissions.map((c) => ({
      category: c.category,
      rate: bpToPercentString(c.rateBp),
    })),
  };
}

/** Contract paths → form fields, so the server's and the schema's issues land on the right input. */
const fieldOfPath: Record<string, string> = {
  'feeRules.commissionRateBp': 'commission',
  'feeRules.paymentFeeRateBp': 'paymentFee',
  'feeRules.fixedFeeMinor': 'fixedFee',
  'feeRules.shippingCostMinor': 'shipping',
  'feeRules.categoryCommissions': 'categories',
};

export function formField(path: string): string {
  if (fieldOfPath[path]) return fieldOfPath[path];
  const cat = /^feeRules\.categoryCommissions\.(\d+)\.(category|rateBp)$/.exec(path);
  if (cat) return `categories.${cat[1]}.${cat[2] === 'rateBp' ? 'rate' : 'category'}`;
  return path;
}

/**
 * Converts and validates with the same zod schema main uses. Returns the input to send, or errors keyed by
 * form field whose values are validation keys (translated by the form).
 */
export function toInput(
  v: StorefrontFormValues,
): { input: StorefrontFields; errors?: undefined } | { input?: undefined; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const currency = v.currency.trim().toUpperCase();
  const percent = (field: string, text: string) => {
    const bp = percentToBp(text);
    if (bp === null || bp > 10_000) errors[field] = 'percent';
    return bp ?? 0;
  };
  const amount = (field: string, text: string) => {
    const minor = /^[A-Z]{3}$/.test(currency) ? toMinor(text, currency) : 0;
    if (minor === null) errors[field] = 'amount';
    return minor ?? 0;
  };
  const candidate = {
    name: v.name,
    platform: v.platform,
    currency,
    timezone: v.timezone,
    role: v.role,
    feeRules: {
      commissionRateBp: percent('commission', v.commission),
      paymentFeeRateBp: percent('paymentFee', v.paymentFee),
      fixedFeeMinor: amount('fixedFee', v.fixedFee),
      shippingCostMinor: amount('shipping', v.shipping),
      categoryCommissions: v.categories.map((c, i) => ({
        category: c.category,
        rateBp: percent(`categories.${i}.rate`, c.rate),
      })),
    },
  };
  const parsed = storefrontCreateSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = formField(issue.path.map(String).join('.'));
      errors[field] ??= issue.message;
    }
  }
  if (Object.keys(errors).length || !parsed.success) return { errors };
  return { input: parsed.data };
}

export const errorsFromIssues = (issues: FieldIssue[]): Record<string, string> =>
  issuesByField(issues, formField);

/**
 * The form's schema for Mantine's schemaResolver. The form holds text (percentages, major units), so the
 * contract's schema cannot validate it directly: this one converts exactly (toInput), checks the result with
 * storefrontCreateSchema, and reports each issue on the form field it belongs to.
 */
export const storefrontFormSchema = z.custom<StorefrontFormValues>().superRefine((values, ctx) => {
  for (const [field, message] of Object.entries(toInput(values).errors ?? {})) {
    const path = field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    ctx.addIssue({ code: 'custom', path, message });
  }
});
