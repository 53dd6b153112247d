import * as echarts from 'echarts';
import { Resvg } from '@resvg/resvg-js';
import type { DailyPoint } from '../../orders/rollups/daily-series';
import type { StorefrontKpis } from '../../../../shared/domain/kpis';
import { majorUnits } from '../xlsx-writer/columns';
import { chartFonts, fontFor } from './chart-fonts';

export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 320;

/** Title and legend of both charts, each in a font that has its characters. */
function heading(texts: { title: string; netSales: string; grossProfit: string }): echarts.EChartsOption {
  return {
    title: {
      text: texts.title,
      left: 'center',
      textStyle: { fontSize: 15, fontFamily: fontFor(texts.title) },
    },
    legend: {
      bottom: 4,
      data: [texts.netSales, texts.grossProfit],
      textStyle: { fontFamily: fontFor(texts.netSales, texts.grossProfit) },
    },
  };
}

const NET_COLOR = '#228be6';
const PROFIT_COLOR = '#40c057';

/** ECharts on the server (no DOM): SVG string, chart disposed at once so nothing stays alive in the job. */
function renderSvg(option: echarts.EChartsOption): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: chartFonts().latin }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function toPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'width', value: CHART_WIDTH * 2 },
    font: chartFonts().resvg,
  });
  return Buffer.from(resvg.render().asPng());
}

const axisMoney = (v: number): string =>
  Math.abs(v) >= 10_000 ? `${(v / 1000).toLocaleString('en', { maximumFractionDigits: 0 })}k` : String(v);

/** Daily net sales and gross profit of the month (lines, no symbols: a month is 28–31 points). */
export function trendChart(
  daily: DailyPoint[],
  currency: string,
  texts: { title: string; netSales: string; grossProfit: string },
): Buffer {
  const money = (minor: number) => majorUnits(minor, currency);
  return toPng(
    renderSvg({
      ...heading(texts),
      grid: { left: 64, right: 24, top: 44, bottom: 56 },
      xAxis: { type: 'category', data: daily.map((d) => d.day.slice(5)), axisLabel: { fontSize: 11 } },
      yAxis: { type: 'value', axisLabel: { formatter: axisMoney, fontSize: 11 } },
      series: [
        {
          name: texts.netSales,
          type: 'line',
          showSymbol: false,
          lineStyle: { width: 2 },
          color: NET_COLOR,
          data: daily.map((d) => money(d.netSalesMinor)),
        },
        {
          name: texts.grossProfit,
          type: 'line',
          showSymbol: false,
          lineStyle: { width: 2 },
          color: PROFIT_COLOR,
          data: daily.map((d) => money(d.grossProfitMinor)),
        },
      ],
    }),
  );
}

/** Net sales and gross profit side by side per storefront: which one earns money and which loses it. */
export function storefrontChart(
  storefronts: StorefrontKpis[],
  currency: string,
  texts: { title: string; netSales: string; grossProfit: string },
): Buffer {
  const money = (minor: number) => majorUnits(minor, currency);
  return toPng(
    renderSvg({
      ...heading(texts),
      grid: { left: 64, right: 24, top: 44, bottom: 72 },
      xAxis: {
        type: 'category',
        data: storefronts.map((s) => s.name),
        axisLabel: {
          interval: 0,
          fontSize: 11,
          width: 110,
          overflow: 'truncate',
          fontFamily: fontFor(...storefronts.map((s) => s.name)),
        },
      },
      yAxis: { type: 'value', axisLabel: { formatter: axisMoney, fontSize: 11 } },
      series: [
        {
          name: texts.netSales,
          type: 'bar',
          color: NET_COLOR,
          data: storefronts.map((s) => money(s.netSalesMinor)),
        },
        {
          name: texts.grossProfit,
          type: 'bar',
          color: PROFIT_COLOR,
          data: storefronts.map((s) => money(s.grossProfitMinor)),
        },
      ],
    }),
  );
}
