import { Box, Text, Tooltip } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../../shared/domain/promotions';
import type { Language } from '../../../../shared/domain/settings';
import type { Storefront } from '../../../../shared/domain/storefronts';
import {
  festivalName,
  festivalNote,
  festivalsBetween,
  type Festival,
} from '../../../../shared/logic/festivals';
import { formatDate } from '../../../../shared/logic/money';
import { assignLanes, barSpan, type BarSpan, type CalendarRange } from './calendar-layout';
import { CampaignBar, LANE_HEIGHT } from './CampaignBar';
import { windowDays } from './campaign-time';

const NAME_WIDTH = 150;
/** Below this a day column is too narrow to aim at; the grid scrolls sideways instead (and jsdom, which measures 0, gets it). */
const MIN_DAY_WIDTH = { month: 26, quarter: 9 } as const;
const FESTIVAL_LANE = 18;

/** About how wide a festival label draws at 12 px (CJK characters are square, Latin ones about half): for layout only. */
const labelWidth = (name: string): number =>
  [...name].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 7), 24);

interface Props {
  range: CalendarRange;
  storefronts: Storefront[];
  campaigns: CampaignSummary[];
  today: string;
  timeZone: string;
  onMove(campaign: CampaignSummary, days: number): Promise<void>;
  onOpen(campaign: CampaignSummary): void;
}

/** One row per storefront, campaigns as bars in lanes, festivals as bands with their day marked, today a red line. */
export function CalendarGrid({ range, storefronts, campaigns, today, timeZone, onMove, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const { ref, width } = useElementSize();
  const dayWidth = Math.max((width - NAME_WIDTH) / range.days.length, MIN_DAY_WIDTH[range.view]);
  const gridWidth = dayWidth * range.days.length;
  const column = (day: string) => range.days.indexOf(day);
  const date = (day: string) => formatDate(day, i18n.language);

  const festivals = festivalsBetween(range.from, range.to)
    .map((f) => ({ f, span: barSpan(range, f.from, f.to)! }))
    .filter((x) => x.span);
  // Label lanes: a label needs about 7 px a character, so close festivals (Black Friday, Cyber Monday) stack.
  const labelLanes = assignLanes(
    festivals.map((x) => {
      const at = Math.max(column(x.f.day), 0);
      const days = Math.ceil(labelWidth(festivalName(x.f.id, language)) / dayWidth);
      return { ...x, span: { ...x.span, start: at, end: at + days } };
    }),
  );
  const festivalHeight = (Math.max(0, ...labelLanes.map((l) => l.lane)) + 1) * FESTIVAL_LANE + 4;

  const bars = (storefrontId: string) =>
    assignLanes(
      campaigns
        .filter((c) => c.storefrontIds.includes(storefrontId))
        .map((c) => {
          const days = windowDays(c.startAt, c.endAt, timeZone);
          return { c, days, span: barSpan(range, days.first, days.last) };
        })
        .filter((x): x is typeof x & { span: BarSpan } => x.span !== null),
    );
  const todayColumn = column(today);
  const festivalBand = (f: Festival, span: BarSpan, key: string) => (
    <Box key={key}>
      <Box
        style={{
          position: 'absolute',
          top: 0,
          bottom: 0,
          left: span.start * dayWidth,
          width: (span.end - span.start + 1) * dayWidth,
          background: 'rgba(250, 176, 5, 0.08)',
          pointerEvents: 'none',
        }}
      />
      {column(f.day) >= 0 && (
        <Box
          style={{
            position: 'absolute',
            top: 0,
            bottom: 0,
            left: column(f.day) * dayWidth,
            width: dayWidth,
            background: 'rgba(250, 176, 5, 0.22)',
            pointerEvents: 'none',
          }}
        />
      )}
    </Box>
  );
  const overlays = (
    <>
      {festivals.map(({ f, span }) => festivalBand(f, span, `${f.id}-${f.year}`))}
      {todayColumn >= 0 && (
        <Box
          style={{
            position: 'absolute',
            top: 0,
            bottom: 0,
            left: (todayColumn + 0.5) * dayWidth - 1,
            width: 2,
            background: 'var(--mantine-color-red-6)',
            zIndex: 3,
            pointerEvents: 'none',
          }}
        />
      )}
    </>
  );

  return (
    <Box ref={ref} style={{ overflowX: 'auto' }}>
      <Box
        style={{ width: NAME_WIDTH + gridWidth, position: 'relative' }}
        role="region"
        aria-label={t('promoCalendar.title')}
      >
        {/* Months and days */}
        <Box style={{ display: 'flex', borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          <Box style={{ width: NAME_WIDTH, flexShrink: 0 }} />
          <Box style={{ position: 'relative', width: gridWidth, height: 40 }}>
            {range.months.map((m) => (
              <Text
                key={m.month}
                size="sm"
                fw={600}
                style={{ position: 'absolute', left: m.column * dayWidth + 4, top: 0 }}
              >
                {new Intl.DateTimeFormat(i18n.language, {
                  year: 'numeric',
                  month: 'long',
                  timeZone: 'UTC',
                }).format(new Date(`${m.month}-01T00:00:00Z`))}
              </Text>
            ))}
            {range.days.map((d, i) => {
              const n = Number(d.slice(8));
              // Quarter view: every 5th day, but not the 30th, which would run into the next month's 1.
              const show = range.view === 'month' || n === 1 || (n % 5 === 0 && n < 30);
              return show ? (
                <Text
                  key={d}
                  size="xs"
                  c={d === today ? 'red.7' : 'dimmed'}
                  fw={d === today ? 700 : undefined}
                  style={{
                    position: 'absolute',
                    left: i * dayWidth,
                    width: dayWidth,
                    top: 22,
                    textAlign: 'center',
                  }}
                >
                  {n}
                </Text>
              ) : null;
            })}
          </Box>
        </Box>
        {/* Festivals */}
        <Box style={{ display: 'flex', borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          <Text size="xs" c="dimmed" style={{ width: NAME_WIDTH, flexShrink: 0, padding: 4 }}>
            {t('promoCalendar.festivals')}
          </Text>
          <Box style={{ position: 'relative', width: gridWidth, height: festivalHeight }}>
            {overlays}
            {labelLanes.map(({ bar: { f }, lane }) => {
              const note = festivalNote(f.id, language);
              const text = `${festivalName(f.id, language)} · ${date(f.from)}${f.to !== f.from ? ` – ${date(f.to)}` : ''}`;
              return (
                <Tooltip
                  key={`${f.id}-${f.year}`}
                  label={note ? `${text} (${note})` : text}
                  multiline
                  w={280}
                >
                  <Text
                    size="xs"
                    fw={500}
                    c="yellow.9"
                    aria-label={text}
                    style={{
                      position: 'absolute',
                      top: 2 + lane * FESTIVAL_LANE,
                      // Kept inside the grid: a festival late in the view (Christmas) would be cut at the edge.
                      left: Math.max(
                        0,
                        Math.min(
                          Math.max(column(f.day), 0) * dayWidth,
                          gridWidth - labelWidth(festivalName(f.id, language)),
                        ),
                      ),
                      whiteSpace: 'nowrap',
                      fontStyle: f.approximate ? 'italic' : undefined,
                    }}
                  >
                    ◆ {festivalName(f.id, language)}
                    {f.approximate ? '≈' : ''}
                  </Text>
                </Tooltip>
              );
            })}
          </Box>
        </Box>
        {/* One row per storefront */}
        {storefronts.map((s) => {
          const laid = bars(s.id);
          const lanes = Math.max(1, ...laid.map((b) => b.lane + 1));
          return (
            <Box
              key={s.id}
              role="group"
              aria-label={s.name}
              style={{ display: 'flex', borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Text
                size="sm"
                fw={500}
                style={{ width: NAME_WIDTH, flexShrink: 0, padding: '6px 4px' }}
                truncate
              >
                {s.name}
              </Text>
              <Box style={{ position: 'relative', width: gridWidth, height: lanes * LANE_HEIGHT + 8 }}>
                {overlays}
                {laid.map(({ bar: { c, days, span }, lane }) => (
                  <CampaignBar
                    key={c.id}
                    campaign={c}
                    span={span}
                    lane={lane}
                    dayWidth={dayWidth}
                    label={t('promoCalendar.barLabel', {
                      name: c.name,
                      from: date(days.first),
                      to: date(days.last),
                    })}
                    onMove={onMove}
                    onOpen={onOpen}
                  />
                ))}
              </Box>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
