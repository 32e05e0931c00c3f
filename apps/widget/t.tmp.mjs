import { renderChartSvg } from './dist/chart-svg.js';
import { Resvg } from '@resvg/resvg-js';
import { writeFileSync } from 'node:fs';
const t0 = performance.now();
const a = await renderChartSvg({ series: 'aze-protection', metric: 'victims.identified', lang: 'az', theme: 'dark' });
const b = await renderChartSvg({ report: 'aze-2018', metric: 'victims.identified', lang: 'ru', theme: 'light' });
console.log('svg ms', performance.now()-t0, a.length, b.length);
writeFileSync('/tmp/a.svg', a); writeFileSync('/tmp/b.svg', b);
const font = { loadSystemFonts: false, fontFiles: ['node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf','node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'], defaultFontFamily: 'Noto Sans' };
for (const [n,s] of [['a',a],['b',b]]) { const t=performance.now(); const png = new Resvg(s, { font, fitTo: { mode: 'width', value: 1200 } }).render().asPng(); console.log(n, 'png ms', performance.now()-t, png.length); writeFileSync(`/tmp/${n}.png`, png); }
