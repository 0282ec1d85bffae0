import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DistributionStrip } from '../../../renderer/charts/distribution-strip';
import { PerspectiveBars, type PerspectiveBar } from '../../../renderer/charts/perspective-bars';
import { RadarChart } from '../../../renderer/charts/radar-chart';
import { RankedBars, rankItems } from '../../../renderer/charts/ranked-bars';
import { textWidth } from '../../../renderer/charts/text-metrics';
import { reportFontFamily } from '../../../renderer/reports/report-fonts';
import { isRightToLeft, LANGUAGES, type Language } from '../../../shared/i18n/languages';
// @ts-expect-error plain ES module of the build, no types
import { buildReportFonts } from '../../../scripts/report-fonts.mjs';
import { fontProblems, hasWords, pdfFonts, pdfPagesText, stripBidi } from '../../electron/reports/pdf-checks';
import { formatIn, tIn, wordsIn } from './chart-fixtures';

/**
 * Every chart, in all six languages, rendered server-side exactly as a report renders it, then
 * laid out by real Chromium with the report's own shipped fonts (built here into a temp folder by
 * the build's own module; no dist/ needed) and printed with page.pdf(). Checks: every text's
 * real glyphs fall inside the box the fixed layout rule reserved for it (so the no-overlap proof
 * on the layouts holds for real text, right-to-left anchoring included), and the PDF carries the
 * labels and numbers as real text in embedded TrueType fonts. Artefacts in test-results/charts/.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ARTEFACTS = path.join(ROOT, 'test-results', 'charts');
const FRAMEWORK = JSON.parse(fs.readFileSync(path.join(ROOT, 'resources/frameworks/fieldscore-default-1.0.0.json'), 'utf8')) as {
  bands: { aggregate: { green: number; amber: number } };
  perspectives: { id: string; title: Record<Language, string> }[];
};
const THRESHOLDS = FRAMEWORK.bands.aggregate;
const SCORES = [75.8, 88.4, 42.3, null, 91.2];
const BANDS = ['amber', 'green', 'red', 'insufficient_data', 'green'] as const;
const OFFICES = ['KEN-RH', 'UGA-CO', 'ETH-SO', 'MWI-CO', 'TZA-CO', 'RWA-CO', 'ZMB-CO', 'BDI-CO', 'SSD-CO', 'SOM-CO', 'MOZ-CO', 'MDG-CO'];

function bars(language: Language): PerspectiveBar[] {
  const perspectives = FRAMEWORK.perspectives.map((perspective, index) => ({
    id: perspective.id,
    label: perspective.title[language],
    score: SCORES[index] ?? null,
    band: BANDS[index] ?? 'insufficient_data',
    benchmark: index < 3 ? { region: { median: 66.5, q1: 58, q3: 79 }, network: { median: 71 } } : undefined,
  }));
  return [...perspectives, { id: 'total', label: tIn(language)('editor.panel.overall'), score: 68.1, band: 'amber', total: true }];
}

function section(language: Language): string {
  const words = wordsIn(language);
  const format = formatIn(language);
  const dir = isRightToLeft(language) ? 'rtl' : 'ltr';
  const perspectiveBars = bars(language);
  const strip = OFFICES.map((code, index) => ({ id: code, label: code, score: index === 2 ? 6.5 : 50 + ((index * 17) % 45) }));
  const markup = renderToStaticMarkup(
    <>
      <PerspectiveBars bars={perspectiveBars} thresholds={THRESHOLDS} words={words} format={format} title={`bars-${language}`} dir={dir} />
      <RadarChart
        axes={perspectiveBars.slice(0, 5).map((bar, index) => ({ ...bar, median: [70, 64.5, 52, 60, 77][index] }))}
        words={words}
        format={format}
        title={`radar-${language}`}
        officeLabel="KEN-RH"
        medianLabel={words.regionMedian}
        dir={dir}
      />
      <DistributionStrip values={strip} stats={{ n: 12, min: 6.5, q1: 55.75, median: 67, q3: 80.25, max: 94 }} outlierIds={['ETH-SO']} highlightId="KEN-RH" words={words} format={format} title={`strip-${language}`} dir={dir} />
      <DistributionStrip
        values={strip}
        stats={{ n: 12, min: 6.5, q1: 55.75, median: 67, q3: 80.25, max: 94 }}
        outlierIds={['ETH-SO']}
        highlightId="KEN-RH"
        thresholds={THRESHOLDS}
        words={words}
        format={format}
        title={`strip-large-${language}`}
        dir={dir}
        width={480}
        height={64}
        showLegend
      />
      <RankedBars
        rows={rankItems(strip.map((office, index) => ({ ...office, score: index === 5 ? null : office.score, band: index === 5 ? 'insufficient_data' : office.score >= 80 ? 'green' : office.score >= 60 ? 'amber' : 'red' })))}
        thresholds={THRESHOLDS}
        words={words}
        format={format}
        title={`ranked-${language}`}
        median={{ value: 67, label: words.regionMedian }}
        dir={dir}
      />
    </>,
  );
  return `<section lang="${language}" dir="${dir}" style="font-family: ${reportFontFamily(language)}; break-after: page">${markup}</section>`;
}

interface MeasuredText {
  chart: string;
  text: string;
  size: number;
  bold: boolean;
  anchor: string;
  dir: string;
  x: number;
  length: number;
  bboxX: number;
  bboxWidth: number;
}

let browser: Browser;
let workDir: string;
let measured: MeasuredText[];
let pdfFile: string;

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-charts-'));
  buildReportFonts(ROOT, path.join(workDir, 'fonts'));
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="fonts/fonts.css">
<style>@page { size: A4; margin: 12mm } body { margin: 0 } svg { display: block; margin-block: 6px; max-width: 100% }</style></head>
<body>${LANGUAGES.map(section).join('\n')}</body></html>`;
  fs.writeFileSync(path.join(workDir, 'charts.html'), page);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const tab = await browser.newPage();
  // Offline: the page and its fonts are local files; anything else is refused.
  await tab.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()));
  await tab.goto(`file://${path.join(workDir, 'charts.html')}`);
  await tab.evaluate(async () => {
    const text = document.body.textContent ?? '';
    const loads = ['Fieldscore Sans', 'Fieldscore Arabic', 'Fieldscore SC'].flatMap((family) => [400, 700].map((weight) => document.fonts.load(`${weight} 12px "${family}"`, text)));
    await Promise.all(loads);
    await document.fonts.ready;
  });
  measured = await tab.evaluate(() =>
    [...document.querySelectorAll('svg[role="img"] text')].map((node) => {
      const text = node as SVGTextElement;
      const svg = text.closest('svg')!;
      const box = text.getBBox();
      return {
        chart: svg.getAttribute('aria-label') ?? '',
        text: text.textContent ?? '',
        size: Number(text.getAttribute('font-size')),
        bold: text.getAttribute('font-weight') === '700',
        anchor: text.getAttribute('text-anchor') ?? 'start',
        dir: svg.getAttribute('direction') ?? 'ltr',
        x: Number(text.getAttribute('x')),
        length: text.getComputedTextLength(),
        bboxX: box.x,
        bboxWidth: box.width,
      };
    }),
  );
  fs.mkdirSync(ARTEFACTS, { recursive: true });
  pdfFile = path.join(ARTEFACTS, 'charts.pdf');
  await tab.pdf({ path: pdfFile, preferCSSPageSize: true, printBackground: true });
  execFileSync('pdftoppm', ['-r', '72', '-png', '-f', '1', '-l', '3', pdfFile, path.join(ARTEFACTS, 'charts')]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('charts in Chromium, with the report fonts', () => {
  it('gives no text more advance than the fixed rule reserved for it, in all six languages', () => {
    expect([...new Set(measured.map((item) => item.chart.split('-')[0]))].sort()).toEqual(['bars', 'radar', 'ranked', 'strip']);
    expect(measured.length).toBeGreaterThan(300);
    const wider = measured
      .filter((item) => item.length > textWidth(item.text, item.size, item.bold))
      .map((item) => `${item.chart}: "${item.text}" is ${item.length.toFixed(2)} wide, ${textWidth(item.text, item.size, item.bold).toFixed(2)} reserved`);
    expect(wider).toEqual([]);
  });

  it('draws every text where its box is, right-to-left anchoring included', () => {
    // getBBox adds glyph overhang and snaps short runs to whole units: a unit of slack.
    const problems = measured.flatMap((item) => {
      const width = textWidth(item.text, item.size, item.bold);
      // The anchor is logical: under direction="rtl", start is the right edge.
      const side = item.anchor === 'middle' ? 'center' : (item.anchor === 'start') === (item.dir === 'ltr') ? 'left' : 'right';
      const x0 = side === 'left' ? item.x : side === 'right' ? item.x - width : item.x - width / 2;
      const inside = item.bboxX >= x0 - 1 && item.bboxX + item.bboxWidth <= x0 + width + 1;
      return inside ? [] : [`${item.chart}: "${item.text}" drawn at ${item.bboxX.toFixed(1)}+${item.bboxWidth.toFixed(1)}, reserved ${x0.toFixed(1)}+${width.toFixed(1)}`];
    });
    expect(problems).toEqual([]);
  });

  it('prints labels and numbers as real text in embedded TrueType fonts', () => {
    expect(fontProblems(pdfFonts(pdfFile))).toEqual([]);
    const all = pdfPagesText(pdfFile).join('\n');
    for (const phrase of ['Office type and mandate', 'Country coverage', 'Overall score', 'Insufficient data', 'Region median', 'Network median', 'KEN-RH 50', 'Outlier']) {
      expect(hasWords(all, phrase), phrase).toBe(true);
    }
    for (const number of ['75.8', '88.4', '42.3', '91.2', '68.1', '100', '60', '80']) expect(all).toContain(number);
    for (const phrase of ['نوع المكتب وولايته', 'بيانات غير كافية', 'وسيط المنطقة', 'وسيط الشبكة', 'قيمة متطرفة']) {
      expect(hasWords(all, phrase), phrase).toBe(true);
    }
    for (const phrase of [FRAMEWORK.perspectives[0]!.title.zh, '数据不足', '区域中位数', '离群值']) expect(stripBidi(all).replace(/\s+/g, '')).toContain(phrase);
    for (const phrase of [FRAMEWORK.perspectives[1]!.title.ru, 'Медиана по сети', FRAMEWORK.perspectives[1]!.title.fr, 'Valeur aberrante', 'Valor atípico']) {
      expect(hasWords(all, phrase), phrase).toBe(true);
    }
  });
});
