/**
 * The package ships no types. Only what shared/logic/festivals.ts calls is declared: a lunar date
 * (year, month 1–12 non-leap, day) turned into its Gregorian date as 'YYYY-MM-DD'.
 */
declare module 'lunar-javascript' {
  interface Solar {
    toYmd(): string;
  }
  interface LunarDate {
    getSolar(): Solar;
  }
  export const Lunar: {
    fromYmd(lunarYear: number, lunarMonth: number, lunarDay: number): LunarDate;
  };
}
