import { useRef, type CSSProperties } from 'react';
import { Box, Paper, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { OrderColumn, OrderRow } from '../../../../shared/domain/order-list';
import { useShop } from '../../shop-context';
import { orderCells } from './order-cells';

const rowHeight = 44;

interface Props {
  rows: OrderRow[];
  columns: OrderColumn[];
  loading: boolean;
  empty: string;
  onOpen(row: OrderRow): void;
}

/**
 * One server page of orders. Only the page is in memory, and the virtualizer keeps the DOM to the rows in
 * view even at 200 a page; the grid template is shared by header and rows so the chosen columns line up.
 */
export function OrderTable({ rows, columns, loading, empty, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const { settings } = useShop();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const rowStyle: CSSProperties = {
    display: 'grid',
    gridTemplateColumns: columns.map((c) => orderCells[c].width).join(' '),
    alignItems: 'center',
    gap: 8,
    padding: '0 12px',
  };
  const ctx = { t, locale: i18n.language, timeZone: settings?.timezone };

  return (
    <Paper withBorder radius="md">
      <Box
        ref={scrollRef}
        role="table"
        aria-label={t('orders.title')}
        aria-rowcount={rows.length + 1}
        style={{ height: 'calc(100vh - 360px)', minHeight: 320, overflow: 'auto', position: 'relative' }}
      >
        <Box
          role="row"
          bg="var(--mantine-color-body)"
          style={{
            ...rowStyle,
            position: 'sticky',
            top: 0,
            zIndex: 1,
            height: rowHeight,
            fontWeight: 600,
            borderBottom: '1px solid var(--mantine-color-default-border)',
          }}
        >
          {columns.map((c) => (
            <span key={c} role="columnheader">
              {t(`orders.columns.${c}`)}
            </span>
          ))}
        </Box>
        {!loading && rows.length === 0 && (
          <Text c="dimmed" ta="center" py="xl">
            {empty}
          </Text>
        )}
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <Box
                key={row.id}
                role="row"
                tabIndex={0}
                aria-rowindex={item.index + 2}
                onClick={() => onOpen(row)}
                onKeyDown={(e) => e.key === 'Enter' && onOpen(row)}
                style={{
                  ...rowStyle,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: rowHeight,
                  transform: `translateY(${item.start}px)`,
                  cursor: 'pointer',
                  borderBottom: '1px solid var(--mantine-color-default-border)',
                }}
              >
                {columns.map((c) => (
                  <div key={c} role="cell" style={{ minWidth: 0 }}>
                    {orderCells[c].render(row, ctx)}
                  </div>
                ))}
              </Box>
            );
          })}
        </div>
      </Box>
    </Paper>
  );
}
