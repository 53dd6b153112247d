import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { matchHeader, normalizeHeader } from '../../electron/core/catalog/import/columns';
import {
  cleanCode,
  cleanText,
  decodeText,
  sniffDelimiter,
} from '../../electron/core/catalog/import/read-rows';
import { parseAmount, parseWhole } from '../../electron/core/catalog/import/validate';

describe('catalog import parsing', () => {
  it('decodes UTF-8, UTF-8 BOM, GBK and UTF-16LE with and without BOM', () => {
    const text = '商品名称,商家编码\n保温杯,0012\n';
    expect(decodeText(Buffer.from(text))).toBe(text);
    expect(decodeText(Buffer.from(`\uFEFF${text}`))).toBe(text);
    expect(decodeText(iconv.encode(text, 'gbk'))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]))).toBe(text);
    expect(decodeText(iconv.encode('Product name\tSKU code\n', 'utf16le'))).toBe('Product name\tSKU code\n');
  });

  it('sniffs comma, tab and semicolon', () => {
    expect(sniffDelimiter('\n a,b,c')).toBe(',');
    expect(sniffDelimiter('a\tb\tc,d')).toBe('\t');
    expect(sniffDelimiter('a;b;c')).toBe(';');
  });

  it('matches headers in both languages, with full- or half-width brackets', () => {
    expect(matchHeader('采购成本（元）')).toEqual({ kind: 'column', key: 'purchaseCost' });
    expect(matchHeader(' 采购成本(元) ')).toEqual({ kind: 'column', key: 'purchaseCost' });
    expect(matchHeader('WEIGHT（G）')).toEqual({ kind: 'column', key: 'weightG' });
    expect(matchHeader('Price@ Shopify Global')).toEqual({ kind: 'price', storefront: 'Shopify Global' });
    expect(matchHeader('平台SKU@天猫旗舰店')).toEqual({ kind: 'externalSku', storefront: '天猫旗舰店' });
    expect(matchHeader('备注')).toBeNull();
    expect(normalizeHeader('Ｗｅｉｇｈｔ （g）')).toBe('weight(g)');
  });

  it('keeps codes as text and strips the prefixes Excel users add', () => {
    expect(cleanCode('="0012"')).toBe('0012');
    expect(cleanCode('\t0012')).toBe('0012');
    expect(cleanCode("'0012")).toBe('0012');
    expect(cleanText("'=1+1")).toBe('=1+1');
    expect(cleanText("it's")).toBe("it's");
  });

  it('parses amounts exactly and names what is wrong', () => {
    expect(parseAmount('12.50', 2)).toEqual({ value: 1250 });
    expect(parseAmount('1,694.07', 2)).toEqual({ value: 169407 });
    expect(parseAmount('¥8', 2)).toEqual({ value: 800 });
    expect(parseAmount('1.500', 2)).toEqual({ value: 150 });
    expect(parseAmount('1.005', 2)).toEqual({ key: 'tooManyDecimals', params: { digits: 2 } });
    expect(parseAmount('-3', 2)).toEqual({ key: 'negative' });
    expect(parseAmount('abc', 2)).toEqual({ key: 'notANumber' });
    expect(parseAmount('8.5', 0)).toEqual({ key: 'tooManyDecimals', params: { digits: 0 } });
    expect(parseWhole('1,200')).toEqual({ value: 1200 });
    expect(parseWhole('3.0')).toEqual({ value: 3 });
    expect(parseWhole('3.5')).toEqual({ key: 'wholeNumber' });
    expect(parseWhole('-1')).toEqual({ key: 'negative' });
  });
});
