import { isMasked } from '../formats/values';
import type { ParsedCustomer } from '../../../../shared/domain/orders';

export interface Identity {
  kind: 'phone' | 'email' | 'buyer';
  value: string;
}

/**
 * The values that may merge one buyer across storefronts, normalized so "+86 138-0013-8000" and
 * "13800138000" are the same phone. Masked values (138****1234, ##密文, a***@x.com) and fragments too short to
 * identify anyone are never identities: merging on them would join strangers.
 */
export function identitiesOf(customer: ParsedCustomer, platform: string): Identity[] {
  const out: Identity[] = [];
  const phone = normalizePhone(customer.phone);
  if (phone) out.push({ kind: 'phone', value: phone });
  const email = customer.email?.trim().toLowerCase();
  if (email && !isMasked(email) && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    out.push({ kind: 'email', value: email });
  const buyer = customer.buyerId?.trim();
  if (buyer && !isMasked(buyer) && buyer !== '-') out.push({ kind: 'buyer', value: `${platform}:${buyer}` });
  return out;
}

export function normalizePhone(phone: string | null): string | null {
  if (!phone) return null;
  const raw = phone.trim();
  if (!raw || isMasked(raw)) return null;
  let digits = raw.replace(/[\s\-().]/g, '');
  if (!/^\+?\d+$/.test(digits)) return null;
  // Mainland mobile numbers appear with and without the country code; other numbers keep theirs.
  digits = digits.replace(/^\+?0{0,2}86(?=1\d{10}$)/, '');
  if (digits.replace('+', '').length < 7) return null;
  return digits;
}
