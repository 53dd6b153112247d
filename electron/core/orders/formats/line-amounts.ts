/**
 * A line total (商品总价, 商品金额, 买家应付货款) as ChannelDesk's unit price × quantity. Totals that do not divide
 * evenly (10.00 ÷ 3) keep the real quantity — units must stay right — with the unit price rounded UP to the
 * next minor unit and the few extra minor units (< quantity) given back as line discount, so
 * unit price × quantity − line discount is exactly the file's total: ¥10.00 × 3 → 3.34 × 3 − 0.02.
 * Rounding down instead would need a negative discount, and quantity 1 with the whole amount would lose units.
 */
export function splitLineTotal(
  totalMinor: number,
  quantity: number,
): { unitPriceMinor: number; roundingMinor: number } {
  const unitPriceMinor = Math.ceil(totalMinor / quantity);
  return { unitPriceMinor, roundingMinor: unitPriceMinor * quantity - totalMinor };
}
