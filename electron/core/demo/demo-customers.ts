import { cnPerson, usPerson, type DemoPerson } from './demo-people';

/** Chance that an order comes from someone who bought before (once the storefront has regulars). */
const RETURNING = 0.45;
/** Share of first-time buyers who become regulars; the rest never come back (most buyers of a small shop). */
const BECOMES_REGULAR = 0.5;
/** Share of a Chinese regular's repeat orders placed on another Chinese storefront of the shop. */
const CROSS_STOREFRONT = 0.12;

export interface PickedBuyer {
  person: DemoPerson;
  /** This is the person's first order in the shop (Shopify's WELCOME code). */
  first: boolean;
}

/**
 * Who places each demo order. Regulars come back to their own storefront, a few to another Chinese one with
 * the same phone (so imports merge them into one customer); loyal regulars are listed several times, which
 * gives the long tail real shops see (most buyers once, a few every month). Pure and seeded: the same calls
 * in the same order give the same people.
 */
export class DemoCustomerPool {
  private created = 0;
  /** Only regulars are kept (indexed by regular number): a one-time buyer is never picked again. */
  private readonly people: DemoPerson[] = [];
  /** Bit i set: the regular buys on storefront i (a cheap membership test at a million orders). */
  private readonly regularOf: number[] = [];
  private readonly regulars: number[][];
  private readonly cnRegulars: number[] = [];

  constructor(
    storefronts: number,
    private readonly rnd: () => number,
  ) {
    this.regulars = Array.from({ length: storefronts }, () => []);
  }

  /** People invented so far. */
  get size(): number {
    return this.created;
  }

  pick(storefront: number, market: 'cn' | 'us'): PickedBuyer {
    const { rnd } = this;
    const own = this.regulars[storefront]!;
    if (own.length && rnd() < RETURNING) {
      const cross = market === 'cn' && this.cnRegulars.length && rnd() < CROSS_STOREFRONT;
      const r = cross
        ? this.cnRegulars[Math.floor(rnd() * this.cnRegulars.length)]!
        : own[Math.floor(rnd() * own.length)]!;
      if (cross && !(this.regularOf[r]! & (1 << storefront))) {
        own.push(r);
        this.regularOf[r]! |= 1 << storefront;
      }
      return { person: this.people[r]!, first: false };
    }
    const n = this.created++;
    const person = market === 'cn' ? cnPerson(n, rnd) : usPerson(n, rnd);
    if (rnd() < BECOMES_REGULAR) {
      const r = this.people.length;
      this.people.push(person);
      this.regularOf.push(1 << storefront);
      // 1–4 entries: the more entries, the more often the person buys.
      const copies = 1 + Math.floor(rnd() * rnd() * 4);
      for (let i = 0; i < copies; i++) own.push(r);
      if (market === 'cn') this.cnRegulars.push(r);
    }
    return { person, first: true };
  }
}
