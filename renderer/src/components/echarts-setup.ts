import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerCharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the app's charts use, so the bundle carries a fraction of ECharts. SVG draws crisply at any zoom,
// needs no canvas (jsdom has none), and with sampling a series never has more points than the chart has pixels.
registerCharts([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DataZoomComponent,
  SVGRenderer,
]);

export { init };
