export interface FxRate {
  id: string;
  currency: string;
  /** Calendar date YYYY-MM-DD the rate applies from. */
  date: string;
  /** Units of base currency for one unit of `currency`, as a decimal string (exact, never float-rounded). */
  rate: string;
}
