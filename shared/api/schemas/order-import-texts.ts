/**
 * Messages of order and fee imports, by key. The CLI prints the English text (`import orders --json` errors);
 * the renderer shows `validation.<key>` in the person's language. Both tables must have the same keys
 * (a unit test checks). `{name}` placeholders are filled from the params.
 */
export const orderImportTextEn = {
  orderFormatUnknown: 'is not an order export ChannelDesk recognises (no known platform header)',
  orderFormatMismatch: 'looks like a {found} export, not {expected}',
  orderItemsWithoutOrders: 'is an items file; import it together with its orders file',
  orderAmount: 'must be an amount such as 12.50 (got "{value}")',
  orderQuantity: 'must be a whole number of items above 0 (got "{value}")',
  orderDate: 'must be a real date and time (got "{value}")',
  orderStatusUnknown: 'is not a status this platform uses (got "{value}")',
  orderIdMissing: 'needs the order id',
  orderCurrencyMismatch: 'has currency {value}, but the order already uses {expected}',
  orderNoLines: 'has no item lines',
  orderSubtotalMismatch: 'items minus discounts come to {expected}, but the file says {value}',
  orderPossibleDuplicate:
    'comes from {value}; if that marketplace is imported too, this order may be counted twice',
  orderUnmatchedSku: 'code {value} matches no SKU yet: it is queued for matching and costs 0 until then',
  orderItemsMissing: 'has no rows in the items file; imported as one line from the order row',
  orderTooManyErrors: 'has more problems than shown ({value} in all); fix these and import again',
  feeFormatUnknown: 'is not a fee or settlement file ChannelDesk recognises',
  feeOrderUnknown: 'names order {value}, which is not imported for this storefront',
  mappingRequired: 'needs a column for {value}',
} as const;

export type OrderImportTextKey = keyof typeof orderImportTextEn;

export const orderImportTextZh: Record<OrderImportTextKey, string> = {
  orderFormatUnknown: '不是可识别的订单导出文件（未找到任何平台的表头）',
  orderFormatMismatch: '看起来是 {found} 的导出文件，不是 {expected}',
  orderItemsWithoutOrders: '是宝贝/商品明细文件，请与对应的订单文件一起导入',
  orderAmount: '应为金额，如 12.50（实际为“{value}”）',
  orderQuantity: '应为大于 0 的整数件数（实际为“{value}”）',
  orderDate: '应为有效的日期时间（实际为“{value}”）',
  orderStatusUnknown: '不是该平台的订单状态（实际为“{value}”）',
  orderIdMissing: '缺少订单号',
  orderCurrencyMismatch: '币种为 {value}，但该订单已使用 {expected}',
  orderNoLines: '没有商品行',
  orderSubtotalMismatch: '商品金额减优惠应为 {expected}，文件中为 {value}',
  orderPossibleDuplicate: '来源为 {value}；若该平台的文件也已导入，此订单可能被重复统计',
  orderUnmatchedSku: '编码 {value} 尚未匹配任何 SKU：已加入待匹配队列，匹配前成本按 0 计',
  orderItemsMissing: '在宝贝明细文件中没有对应行；已按订单行导入为一行商品',
  orderTooManyErrors: '问题多于显示的条数（共 {value} 条）；请修正后重新导入',
  feeFormatUnknown: '不是可识别的费用/结算文件',
  feeOrderUnknown: '对应的订单 {value} 尚未导入到该店铺',
  mappingRequired: '需要指定“{value}”对应的列',
};
