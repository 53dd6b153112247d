/**
 * Invented buyers for the demo shop: Chinese and English names, phones, e-mails and addresses that look real
 * but belong to nobody (e-mails on example.* domains, US phones in the fictional 555-01xx range).
 */
import {
  surnames,
  givenChars,
  nickWords,
  mobilePrefixes,
  cnPlaceTable,
  roads,
  estates,
  firstNames,
  lastNames,
  usPlaces,
  streets,
  mailDomains,
} from './demo-people-data';

export interface DemoPerson {
  /** Index in the pool; stable for a seed. */
  n: number;
  market: 'cn' | 'us';
  name: string;
  /** Mainland mobile (CN) or +1 number (US; not every US buyer gives one). */
  phone: string | null;
  email: string | null;
  /** 买家会员名 on Taobao/Tmall. */
  taobaoNick: string;
  /** 下单帐号 on JD. */
  jdAccount: string;
  province: string;
  city: string;
  address: string;
  zip: string | null;
  country: string;
}

type Rnd = () => number;
const pick = <T>(rnd: Rnd, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const digits = (rnd: Rnd, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(rnd() * 10);
  return s;
};

export function cnPerson(n: number, rnd: Rnd): DemoPerson {
  const surname = pick(rnd, surnames);
  const given = pick(rnd, givenChars) + (rnd() < 0.7 ? pick(rnd, givenChars) : '');
  const place = pick(rnd, cnPlaceTable);
  const city = pick(rnd, place.cities);
  const district = pick(rnd, city.districts);
  const road = pick(rnd, roads);
  const estate = pick(rnd, estates);
  const address = `${place.province}${city.city}${district}${road}${1 + Math.floor(rnd() * 300)}号${estate}${1 + Math.floor(rnd() * 20)}栋${1 + Math.floor(rnd() * 4)}单元${1 + Math.floor(rnd() * 30)}0${1 + Math.floor(rnd() * 4)}`;
  return {
    n,
    market: 'cn',
    name: surname + given,
    phone: pick(rnd, mobilePrefixes) + digits(rnd, 8),
    email: null,
    taobaoNick: rnd() < 0.5 ? `tb${digits(rnd, 9)}` : `${pick(rnd, nickWords)}${digits(rnd, 4)}`,
    jdAccount: `jd_${Math.floor(rnd() * 36 ** 8)
      .toString(36)
      .padStart(8, '0')}`,
    province: place.province,
    city: city.city,
    address,
    zip: null,
    country: 'CN',
  };
}

export function usPerson(n: number, rnd: Rnd): DemoPerson {
  const first = pick(rnd, firstNames);
  const last = pick(rnd, lastNames);
  const place = pick(rnd, usPlaces);
  const sep = pick(rnd, ['.', '_', '']);
  return {
    n,
    market: 'us',
    name: `${first} ${last}`,
    // 555-0100…0199 is reserved for fiction.
    phone: rnd() < 0.4 ? `+1 ${place.area}-555-01${digits(rnd, 2)}` : null,
    email:
      `${first}${sep}${last}${rnd() < 0.5 ? digits(rnd, 2) : ''}@${pick(rnd, mailDomains)}`.toLowerCase(),
    taobaoNick: '',
    jdAccount: '',
    province: place.state,
    city: place.city,
    address: `${100 + Math.floor(rnd() * 9800)} ${pick(rnd, streets)}`,
    zip: place.zip + digits(rnd, 2),
    country: 'US',
  };
}

/** How Pinduoduo and Douyin export a phone: the middle four digits hidden. */
export const maskPhone = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/** How Douyin exports a name: the surname kept, the rest hidden. */
export const maskName = (name: string): string =>
  `${[...name][0]}${'*'.repeat(Math.max(1, [...name].length - 1))}`;
