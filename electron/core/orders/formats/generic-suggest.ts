import type { GenericField, GenericMapping } from '../../../../shared/domain/order-mapping';
import { normalizeHeader } from './values';

/**
 * Header spellings the mapping screen pre-fills, per field, most specific first ('|'-separated). Only
 * spellings that mean one thing are listed: a bare "name" (Shopify's order number, a person, a product?) is
 * left to the person.
 * Fields are filled in this object's order and each column is used once, so "order date" never becomes the
 * order id and "total" goes to the order total rather than the line.
 */
const SPELLINGS: Record<GenericField, string> = {
  externalId:
    'order id|order number|order no|order no.|order #|order_id|order_number|order|订单号|' +
    '订单编号|主订单编号|订单id',
  placedAt:
    'order date|date|created at|created|placed at|purchase date|sale date|order time|' +
    'order_date|date/time|下单时间|订单创建时间|创建时间|订单提交时间|订单日期|日期',
  status: 'order status|status|financial status|order_status|订单状态|状态',
  currency: 'currency|order currency|order_currency|币种|货币',
  sku: 'sku|sku code|seller sku|item sku|lineitem sku|custom label|product code|item code|商家编码|货号|商品编码|sku编码',
  title:
    'title|product|product name|item|item name|item title|lineitem name|description|' +
    '商品名称|商品|宝贝标题|标题|商品标题',
  quantity: 'quantity|qty|lineitem quantity|units|数量|购买数量|商品数量|订购数量|件数',
  unitPrice: 'unit price|price|item price|lineitem price|sold for|unit_price|单价|价格|商品单价',
  lineTotal: 'line total|item total|line amount|line_total|amount|商品金额|商品总价|小计|金额',
  lineDiscount: 'line discount|item discount|lineitem discount|商品优惠|单品优惠',
  orderDiscount:
    'order discount|discount|discount amount|discounts|coupon|coupon amount|订单优惠|优惠金额|店铺优惠|优惠',
  shipping: 'shipping|shipping fee|shipping charged|postage|delivery fee|shipping_total|运费|邮费',
  tax: 'tax|taxes|sales tax|vat|tax amount|税费|税额|税金',
  totalPaid:
    'total paid|order total|total|amount paid|grand total|order_total|实付金额|实付款|买家实付|' +
    '用户实付金额|买家实际支付金额|应付金额|订单金额',
  refunded: 'refunded|refund|refund amount|refunded amount|refunds|退款金额|退款',
  customerName:
    'customer name|customer|buyer name|full name|billing name|recipient|ship to name|' +
    '收货人|收件人|收货人姓名|客户姓名|买家姓名|姓名',
  phone: 'phone|telephone|mobile|phone number|contact phone|手机|手机号|电话|联系电话|联系手机|收件人手机号',
  email: 'email|e-mail|customer email|buyer email|email address|邮箱|电子邮箱',
  buyerId: 'buyer id|buyer|buyer username|username|customer id|买家会员名|买家|买家id|下单帐号|用户id',
  address: 'address|shipping address|street|address1|address line 1|收货地址|详细地址|地址',
  city: 'city|shipping city|town|市|城市',
  province: 'province|state|region|shipping province|state/province|省|省份',
  zip: 'zip|zip code|postal code|postcode|shipping zip|邮编|邮政编码',
  country: 'country|shipping country|country code|国家|国家/地区',
};

/** Pre-fills the mapping for a header row; values are the header texts as the file writes them (trimmed). */
export function suggestMapping(headers: readonly string[]): GenericMapping {
  const byName = new Map<string, string>();
  for (const header of headers) {
    const name = normalizeHeader(header);
    if (name && !byName.has(name)) byName.set(name, header.trim());
  }
  // Then each header without a trailing unit, "商品总价(元)" as "商品总价", "Price (USD)" as "price", unless a
  // header of that very name exists.
  for (const header of headers) {
    const bare = normalizeHeader(header).replace(/\s*\([^()]*\)$/, '');
    if (bare && !byName.has(bare)) byName.set(bare, header.trim());
  }
  const used = new Set<string>();
  const mapping: GenericMapping = {};
  for (const field of Object.keys(SPELLINGS) as GenericField[]) {
    const hit = SPELLINGS[field]
      .split('|')
      .map(normalizeHeader)
      .find((name) => byName.has(name) && !used.has(name));
    if (hit === undefined) continue;
    used.add(hit);
    mapping[field] = byName.get(hit)!;
  }
  return mapping;
}
