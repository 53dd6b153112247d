import type { CallInput } from '../../../../shared/api/contract';
import type { PriceEnding, RepricingRule } from '../../../../shared/domain/pricing';
import type { PriceBand } from '../../../../shared/domain/catalog';
import { percentToBp } from '../../../../shared/logic/money';

/** What the person typed; percentages as text so "0.5" and "-5" survive editing. */
export interface RepricingFormValues {
  storefrontId: string | null;
  category: string;
  brand: string;
  band: PriceBand | null;
  rule: RepricingRule['kind'];
  marginPercent: string;
  referenceId: string | null;
  adjustPercent: string;
  ending: PriceEnding | null;
}

export const initialRepricingValues: RepricingFormValues = {
  storefrontId: null,
  category: '',
  brand: '',
  band: null,
  rule: 'costPlus',
  marginPercent: '30',
  referenceId: null,
  adjustPercent: '0',
  ending: null,
};

/** "-5" → −500, "2.5" → 250: percentToBp accepts no sign, so the sign is handled here. */
function signedBp(text: string): number | null {
  const trimmed = text.trim();
  const negative = trimmed.startsWith('-') || trimmed.startsWith('−');
  const bp = percentToBp(negative ? trimmed.slice(1) : trimmed);
  return bp === null ? null : negative ? -bp : bp;
}

/** The previewRepricing input, or null while the rule is incomplete (no percentage, no reference). */
export function repricingQuery(v: RepricingFormValues): CallInput<'pricing', 'previewRepricing'> | null {
  let rule: RepricingRule;
  if (v.rule === 'costPlus') {
    const marginBp = percentToBp(v.marginPercent);
    if (marginBp === null) return null;
    rule = { kind: 'costPlus', marginBp };
  } else if (v.rule === 'match') {
    const adjustBp = signedBp(v.adjustPercent);
    if (adjustBp === null || !v.referenceId) return null;
    rule = { kind: 'match', storefrontId: v.referenceId, adjustBp };
  } else {
    rule = { kind: 'keep' };
  }
  const selection: Record<string, string> = {};
  if (v.storefrontId) selection.storefrontId = v.storefrontId;
  if (v.category.trim()) selection.category = v.category.trim();
  if (v.brand.trim()) selection.brand = v.brand.trim();
  if (v.band) selection.band = v.band;
  return { selection, rule, ending: v.ending };
}
