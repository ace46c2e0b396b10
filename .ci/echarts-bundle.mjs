// Rebuilds the vendored, trimmed ECharts bundle: `node .ci/echarts-bundle.mjs` writes
// public/echarts.min.js (a minified IIFE exposing the global `echarts`) from the npm package
// pinned in package.json, with only the chart types and components Atelier's charts use
// (line, bar; grid, tooltip, the plain legend — no chart asks for a scrolling one —, mark line,
// mark point; canvas). Add a module here before a chart spec uses it, or ECharts ignores that
// part of the option.
import { build } from 'esbuild';
import { writeFileSync, statSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const entry = `
import * as echarts from 'echarts/core';
import { LineChart, BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendPlainComponent, MarkLineComponent, MarkPointComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, LegendPlainComponent, MarkLineComponent, MarkPointComponent, CanvasRenderer]);
export const init = echarts.init;
export const dispose = echarts.dispose;
export const getInstanceByDom = echarts.getInstanceByDom;
export const version = echarts.version;
`;

await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'echarts',
  target: 'es2019',
  legalComments: 'none',
  banner: { js: '/*! Apache ECharts (trimmed build for Atelier), Apache-2.0: see ECHARTS-LICENSE.txt */' },
  define: { 'process.env.NODE_ENV': '"production"', __DEV__: 'false' },
  outfile: 'public/echarts.min.js',
});
writeFileSync('public/ECHARTS-LICENSE.txt', readFileSync('node_modules/echarts/LICENSE', 'utf8') + '\n\n' + readFileSync('node_modules/echarts/NOTICE', 'utf8'));
const bytes = statSync('public/echarts.min.js').size;
const gzip = gzipSync(readFileSync('public/echarts.min.js'), { level: 9 }).length;
console.log(`public/echarts.min.js: ${bytes} bytes, ${gzip} gzip -9`);
