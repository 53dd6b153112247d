/**
 * Province, city and postcode out of a one-cell Chinese address as Taobao and JD write it
 * ("浙江省 杭州市 西湖区 文三路100号(310012)"). Only space-separated addresses are split: a run-on address
 * ("北京朝阳区三环内…") keeps province and city null rather than guessing where the names end. The address
 * text itself is always kept as given.
 */
export function splitCnAddress(text: string | null): {
  province: string | null;
  city: string | null;
  zip: string | null;
} {
  if (!text) return { province: null, city: null, zip: null };
  const zip = /[(（]\s*(\d{6})\s*[)）]\s*$/.exec(text)?.[1] ?? null;
  const tokens = text
    .replace(/[(（]\s*\d{6}\s*[)）]\s*$/, '')
    .trim()
    .split(/\s+/);
  if (tokens.length < 3) return { province: null, city: null, zip };
  const province = /(省|市|自治区|特别行政区)$/.test(tokens[0]!) ? tokens[0]! : null;
  const city = province && /(市|州|盟|地区|区|县)$/.test(tokens[1]!) ? tokens[1]! : null;
  return { province, city, zip };
}
