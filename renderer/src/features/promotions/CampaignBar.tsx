import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { UnstyledButton } from '@mantine/core';
import type { CampaignSummary } from '../../../../shared/domain/promotions';
import type { BarSpan } from './calendar-layout';
import { dragDays } from './calendar-layout';
import { typeColor } from './campaign-text';

export const LANE_HEIGHT = 26;

interface Props {
  campaign: CampaignSummary;
  span: BarSpan;
  lane: number;
  dayWidth: number;
  label: string;
  /** Dropped after a drag of whole days (≠ 0), or an arrow key: the page calls move and reloads or snaps back. */
  onMove(campaign: CampaignSummary, days: number): Promise<void>;
  onOpen(campaign: CampaignSummary): void;
}

/**
 * One campaign's bar on a storefront row. Pointer events with capture, so a drag keeps following the pointer
 * outside the bar; the bar follows in whole days while dragged, and stays there only if main accepts the move
 * (a refused move snaps back). A press without movement opens the campaign.
 */
export function CampaignBar({ campaign, span, lane, dayWidth, label, onMove, onOpen }: Props) {
  const drag = useRef<{ x: number; pointerId: number } | null>(null);
  const [offset, setOffset] = useState(0);
  const [busy, setBusy] = useState(false);
  const movable = campaign.state !== 'ended' && campaign.state !== 'cancelled';

  const finish = async (days: number) => {
    if (days === 0) {
      setOffset(0);
      return;
    }
    setBusy(true);
    setOffset(days);
    try {
      await onMove(campaign, days);
    } finally {
      // Accepted: the reloaded campaign draws at its new dates. Refused: back where it was.
      setOffset(0);
      setBusy(false);
    }
  };

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    if (!movable || busy || e.button !== 0) return;
    drag.current = { x: e.clientX, pointerId: e.pointerId };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    if (!drag.current) return;
    setOffset(dragDays(e.clientX - drag.current.x, dayWidth));
  };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    const started = drag.current;
    drag.current = null;
    if (!started) return;
    e.currentTarget.releasePointerCapture?.(started.pointerId);
    const days = dragDays(e.clientX - started.x, dayWidth);
    if (days === 0) onOpen(campaign);
    else void finish(days);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!movable || busy) return;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      void finish(e.key === 'ArrowLeft' ? -1 : 1);
    }
  };

  const width = (span.end - span.start + 1) * dayWidth - 2;
  return (
    <UnstyledButton
      aria-label={label}
      title={label}
      data-campaign={campaign.id}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        drag.current = null;
        setOffset(0);
      }}
      onClick={(e) => {
        // Pointer presses open through onPointerUp; this is the keyboard's Enter / Space.
        if (e.detail === 0) onOpen(campaign);
      }}
      onKeyDown={onKeyDown}
      style={{
        position: 'absolute',
        top: 4 + lane * LANE_HEIGHT,
        left: (span.start + offset) * dayWidth + 1,
        width: Math.max(width, 6),
        height: LANE_HEIGHT - 4,
        background: typeColor[campaign.type],
        opacity: campaign.state === 'draft' || busy ? 0.7 : 1,
        border:
          campaign.state === 'draft' ? '1px dashed var(--mantine-color-gray-7)' : '1px solid rgba(0,0,0,.15)',
        borderRadius: `${span.continuesBefore ? 0 : 6}px ${span.continuesAfter ? 0 : 6}px ${span.continuesAfter ? 0 : 6}px ${span.continuesBefore ? 0 : 6}px`,
        padding: '0 6px',
        fontSize: 12,
        lineHeight: `${LANE_HEIGHT - 6}px`,
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        cursor: movable ? 'grab' : 'pointer',
        touchAction: 'none',
        zIndex: 2,
        boxShadow: offset ? '0 2px 8px rgba(0,0,0,.25)' : undefined,
      }}
    >
      {campaign.name}
    </UnstyledButton>
  );
}
