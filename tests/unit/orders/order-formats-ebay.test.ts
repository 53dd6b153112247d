import { describe, expect, it } from 'vitest';
import { ebayOrdersPart, parseEbayDate } from '../../../electron/core/orders/formats/ebay';
import { normalizeHeader } from '../../../electron/core/orders/formats/values';
import { runOrders, sheetOf } from '../../helpers/order-format-run';

const US = [
  'Sales Record Number',
  'Order Number',
  'Buyer Username',
  'Buyer Name',
  'Buyer Email',
  'Buyer Note',
  'Ship To Name',
  'Ship To Phone',
  'Ship To Address 1',
  'Ship To Address 2',
  'Ship To City',
  'Ship To State',
  'Ship To Zip',
  'Ship To Country',
  'Item Number',
  'Item Title',
  'Custom Label',
  'Quantity',
  'Sold For',
  'Shipping And Handling',
  'Seller Collected Tax',
  'eBay Collected Tax',
  'Total Price',
  'Sale Date',
  'Paid On Date',
  'Shipped On Date',
  'Transaction ID',
];

const buyer = {
  'Buyer Username': 'quiet_heron',
  'Buyer Name': 'Noah Reyes',
  'Buyer Email': 'noah.reyes@example.net',
  'Ship To Name': 'Noah Reyes',
  'Ship To Phone': '555-0142',
  'Ship To Address 1': '400 Elm St',
  'Ship To Address 2': 'Apt 3',
  'Ship To City': 'Austin',
  'Ship To State': 'TX',
  'Ship To Zip': '73301',
  'Ship To Country': 'United States',
};

describe('eBay orders report', () => {
  it('matches English and German headers, not a blank or all-comma preamble line', () => {
    expect(ebayOrdersPart.matches(US.map(normalizeHeader))).toBe(true);
    expect(ebayOrdersPart.matches(['verkaufsprotokollnummer', 'bestellnummer', 'verkauft für'])).toBe(true);
    expect(ebayOrdersPart.matches([''])).toBe(false);
    expect(ebayOrdersPart.matches(['', '', '', ''])).toBe(false);
    expect(ebayOrdersPart.matches(['name', 'lineitem quantity', 'lineitem price', 'financial status'])).toBe(
      false,
    );
  });

  it('reads a summary row with its item rows, a single-item order, and ignores the footer', () => {
    const sheet = sheetOf(US, [
      {
        'Sales Record Number': '1005',
        'Order Number': '12-11111-22222',
        ...buyer,
        Quantity: '3',
        'Sold For': '',
        'Shipping And Handling': 'US $6.50',
        'Seller Collected Tax': 'US $1.20',
        'Total Price': 'US $40.70',
        'Sale Date': 'Jun-18-24',
        'Paid On Date': 'Jun-18-24',
        'Shipped On Date': 'Jun-20-24',
        'Buyer Note': 'Gift, no invoice please',
      },
      {
        'Sales Record Number': '1005',
        'Order Number': '12-11111-22222',
        'Item Number': '2950001',
        'Item Title': 'Brass bookmark',
        'Custom Label': 'BM-BR',
        Quantity: '2',
        'Sold For': 'US $9.00',
        'Transaction ID': '0',
      },
      {
        'Sales Record Number': '1005',
        'Order Number': '12-11111-22222',
        'Item Number': '2950002',
        'Item Title': 'Leather journal',
        'Custom Label': 'JR-LE',
        Quantity: '1',
        'Sold For': 'US $15.00',
        'Transaction ID': '3012345',
      },
      {
        'Sales Record Number': '1006',
        'Order Number': '03-33333-44444',
        'Buyer Username': 'tall_pine',
        'Item Number': '2950001',
        'Item Title': 'Brass bookmark',
        'Custom Label': 'BM-BR',
        Quantity: '1',
        'Sold For': '$9.00',
        'Shipping And Handling': '$3.00',
        'Total Price': '$12.00',
        'Sale Date': 'Jun-30-24 23:30:00 PDT',
        'Paid On Date': '',
      },
    ]);
    sheet.push(
      ['', '', ''],
      ['2 record(s) downloaded', 'from Jun-01-24 to Jun-30-24'],
      ['Seller ID : paper_goods_co'],
    );
    const r = runOrders(ebayOrdersPart, sheet, { timezone: 'America/Los_Angeles', currency: 'USD' });
    expect(r.errors).toEqual([]);
    expect(r.orders).toHaveLength(2);
    expect(r.order('12-11111-22222')).toEqual({
      externalId: '12-11111-22222',
      placedAt: '2024-06-18T07:00:00.000Z',
      paidAt: '2024-06-18T07:00:00.000Z',
      status: 'shipped',
      afterSales: false,
      currency: 'USD',
      customer: {
        name: 'Noah Reyes',
        phone: '555-0142',
        email: 'noah.reyes@example.net',
        buyerId: 'quiet_heron',
      },
      address: {
        name: 'Noah Reyes',
        phone: '555-0142',
        address: '400 Elm St, Apt 3',
        city: 'Austin',
        province: 'TX',
        zip: '73301',
        country: 'United States',
      },
      lines: [
        {
          sku: 'BM-BR',
          title: 'Brass bookmark',
          quantity: 2,
          unitPriceMinor: 900,
          lineDiscountMinor: 0,
          externalLineId: '0',
        },
        {
          sku: 'JR-LE',
          title: 'Leather journal',
          quantity: 1,
          unitPriceMinor: 1500,
          lineDiscountMinor: 0,
          externalLineId: '3012345',
        },
      ],
      orderDiscountMinor: 0,
      platformDiscountMinor: 0,
      shippingIncomeMinor: 650,
      taxMinor: 120,
      totalPaidMinor: 4070,
      refundedMinor: 0,
      feesMinor: null,
      source: null,
      promotionCodes: [],
      note: 'Gift, no invoice please',
      row: 2,
    });
    // Unpaid: awaiting payment; "23:30 PDT" is read as a Los Angeles wall time.
    expect(r.order('03-33333-44444')).toMatchObject({
      status: 'pending_payment',
      paidAt: null,
      placedAt: '2024-07-01T06:30:00.000Z',
      row: 5,
      lines: [{ sku: 'BM-BR', quantity: 1, unitPriceMinor: 900, externalLineId: '2950001' }],
    });
  });

  it('joins item rows that carry only the Sales Record Number', () => {
    const r = runOrders(
      ebayOrdersPart,
      sheetOf(US, [
        {
          'Sales Record Number': '77',
          'Order Number': '05-1',
          ...buyer,
          'Shipping And Handling': '4.00',
          'Total Price': '24.00',
          'Sale Date': 'Jun-02-24',
          'Paid On Date': 'Jun-02-24',
        },
        { 'Sales Record Number': '77', 'Item Title': 'Card set', Quantity: '2', 'Sold For': '10.00' },
      ]),
    );
    expect(r.errors).toEqual([]);
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0]).toMatchObject({
      externalId: '05-1',
      status: 'paid',
      lines: [{ title: 'Card set', quantity: 2, unitPriceMinor: 1000 }],
    });
  });

  it('reads UK files: Postage And Handling, £ amounts and day-first dates', () => {
    const headers = US.map((h) => (h === 'Shipping And Handling' ? 'Postage And Handling' : h));
    const r = runOrders(
      ebayOrdersPart,
      sheetOf(headers, [
        {
          'Sales Record Number': '9',
          'Order Number': '26-9',
          'Item Title': 'Tea towel',
          Quantity: '2',
          'Sold For': '£4.50',
          'Postage And Handling': '£2.85',
          'Total Price': '£11.85',
          'Sale Date': '05/06/2024 14:00',
          'Paid On Date': '18-Jun-24',
        },
      ]),
      { timezone: 'Europe/London', currency: 'USD' },
    );
    expect(r.errors).toEqual([]);
    expect(r.orders[0]).toMatchObject({
      currency: 'GBP',
      placedAt: '2024-06-05T13:00:00.000Z',
      paidAt: '2024-06-17T23:00:00.000Z',
      shippingIncomeMinor: 285,
      lines: [{ unitPriceMinor: 450, quantity: 2 }],
    });
  });

  it('reads German files: German headers, EUR 90,00 and 18.06.2024 / 18-Mär-24', () => {
    const headers = [
      'Verkaufsprotokollnummer',
      'Bestellnummer',
      'Nutzername des Käufers',
      'Name des Käufers',
      'Artikelnummer',
      'Artikelbezeichnung',
      'Bestandseinheit',
      'Anzahl',
      'Verkauft für',
      'Verpackung und Versand',
      'Gesamtpreis',
      'Verkaufsdatum',
      'Bezahlt am',
      'Versanddatum',
    ];
    const r = runOrders(
      ebayOrdersPart,
      sheetOf(headers, [
        {
          Verkaufsprotokollnummer: '301',
          Bestellnummer: '17-301',
          'Nutzername des Käufers': 'bergfink',
          'Name des Käufers': 'Lena Vogt',
          Artikelbezeichnung: 'Holzschale',
          Bestandseinheit: 'HS-1',
          Anzahl: '1',
          'Verkauft für': 'EUR 1.090,00',
          'Verpackung und Versand': 'EUR 4,90',
          Gesamtpreis: 'EUR 1.094,90',
          Verkaufsdatum: '18.06.2024 09:15',
          'Bezahlt am': '18-Mär-24',
          Versanddatum: '',
        },
      ]),
      { timezone: 'Europe/Berlin', currency: 'USD' },
    );
    expect(r.errors).toEqual([]);
    expect(r.orders[0]).toMatchObject({
      externalId: '17-301',
      currency: 'EUR',
      status: 'paid',
      placedAt: '2024-06-18T07:15:00.000Z',
      paidAt: '2024-03-17T23:00:00.000Z',
      shippingIncomeMinor: 490,
      totalPaidMinor: 109490,
      customer: { name: 'Lena Vogt', buyerId: 'bergfink' },
      lines: [{ sku: 'HS-1', title: 'Holzschale', quantity: 1, unitPriceMinor: 109000 }],
    });
  });

  it('reads eBay date spellings', () => {
    expect(parseEbayDate('Jun-18-24', 'UTC', false)).toBe('2024-06-18T00:00:00.000Z');
    expect(parseEbayDate('18-Jun-24', 'UTC', true)).toBe('2024-06-18T00:00:00.000Z');
    expect(parseEbayDate('03-Okt-24', 'UTC', true)).toBe('2024-10-03T00:00:00.000Z');
    expect(parseEbayDate('06/07/2024', 'UTC', false)).toBe('2024-06-07T00:00:00.000Z');
    expect(parseEbayDate('06/07/2024', 'UTC', true)).toBe('2024-07-06T00:00:00.000Z');
    expect(parseEbayDate('Feb-30-24', 'UTC', false)).toBeNull();
  });

  it('reports bad amount, impossible date and mixed currencies by row and column, and keeps going', () => {
    const base = {
      'Item Title': 'Card set',
      Quantity: '1',
      'Total Price': '10.00',
      'Sale Date': 'Jun-02-24',
      'Paid On Date': 'Jun-02-24',
    };
    const r = runOrders(
      ebayOrdersPart,
      sheetOf(US, [
        { ...base, 'Sales Record Number': '1', 'Order Number': 'A', 'Sold For': 'ten' },
        {
          ...base,
          'Sales Record Number': '2',
          'Order Number': 'B',
          'Sold For': '10.00',
          'Sale Date': 'Feb-30-24',
        },
        {
          ...base,
          'Sales Record Number': '3',
          'Order Number': 'C',
          'Sold For': 'US $10.00',
          'Total Price': '£10.00',
        },
        { ...base, 'Sales Record Number': '4', 'Order Number': 'D', 'Sold For': '10.00', Quantity: 'x' },
        { ...base, 'Sales Record Number': '5', 'Order Number': 'E', 'Sold For': '10.00' },
      ]),
    );
    expect(r.errors).toEqual([
      { severity: 'error', row: 2, column: 'sold for', key: 'orderAmount', params: { value: 'ten' } },
      { severity: 'error', row: 3, column: 'sale date', key: 'orderDate', params: { value: 'Feb-30-24' } },
      {
        severity: 'error',
        row: 4,
        column: 'total price',
        key: 'orderCurrencyMismatch',
        params: { value: 'GBP', expected: 'USD' },
      },
      { severity: 'error', row: 5, column: 'quantity', key: 'orderQuantity', params: { value: 'x' } },
    ]);
    expect(r.orders.map((o) => o.externalId)).toEqual(['E']);
  });
});
