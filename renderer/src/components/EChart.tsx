import { useEffect, useRef } from 'react';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption, ECharts } from 'echarts/core';
import type * as EChartsSetup from './echarts-setup';

/**
 * ECharts is its own script (it was about half of the start's script), fetched and evaluated once a page has
 * asked for the figures it will draw (`preloadCharts`), or when a chart mounts: not at start, where parsing its
 * 0.6 MB took the main thread exactly while the shell rendered and the dashboard waited to send its first call
 * (measured on the 1M shop's cold start). While the core computes those figures the page has nothing else to do.
 */
let echarts: Promise<typeof EChartsSetup> | undefined;
const loadECharts = () => (echarts ??= import('./echarts-setup'));

/** Starts loading ECharts without drawing anything: call it right after sending the call whose answer is charted. */
export function preloadCharts(): void {
  void loadECharts();
}

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | DataZoomComponentOption
>;

/**
 * Past this many points a series is drawn without symbols or animation and sampled (largest-triangle-three-
 * buckets keeps peaks such as 双11 visible): drawing every point would cost more than it shows.
 */
export const LARGE_SERIES_POINTS = 2000;

export const largeLineSettings = (points: number): Partial<LineSeriesOption> =>
  points > LARGE_SERIES_POINTS
    ? { showSymbol: false, symbol: 'none', sampling: 'lttb', animation: false, progressive: 0 }
    : { showSymbol: points <= 62, sampling: 'lttb' };

/**
 * One ECharts instance in a div: created when the div has a size, given each new option (notMerge, so a removed series goes
 * away), resized with its box, disposed on unmount. `label` names the chart for screen readers and tests.
 */
export function EChart({
  option,
  label,
  height = 320,
}: {
  option: ChartOption;
  label: string;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  const latest = useRef(option);

  // Created once the box has a size (a chart started in a zero-width box draws nothing and warns), then
  // resized with it; jsdom never lays out, so renderer tests see the labelled box without a chart in it.
  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    let live = true;
    let observer: ResizeObserver | undefined;
    void loadECharts().then(({ init }) => {
      if (!live) return;
      const ensure = () => {
        if (chart.current) chart.current.resize();
        else if (el.clientWidth > 0 && el.clientHeight > 0) {
          chart.current = init(el, undefined, { renderer: 'svg' });
          chart.current.setOption(latest.current, { notMerge: true });
        }
      };
      ensure();
      observer = new ResizeObserver(ensure);
      observer.observe(el);
    });
    return () => {
      live = false;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    latest.current = option;
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
