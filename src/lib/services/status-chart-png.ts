/**
 * The report's status chart as a PNG picture for the DOCX export (Word takes no SVG without a
 * PNG fallback): the same stacked bars as StatusChart.svelte, drawn on a canvas in the browser
 * at twice the size for sharp print.
 */
import { STATUS_COLOURS } from '$lib/domain/plan-diff/report-colours';
import { REPORT_STATUSES, type StatusSummary } from '$lib/domain/plan-diff/yearly-report';

export interface ChartPng {
  png: Uint8Array;
  width: number;
  height: number;
}

const LABEL_W = 110;
const BAR_W = 480;
const ROW_H = 34;
const BAR_H = 24;
const LEGEND_ROW = 22;
const SCALE = 2;

/** Undefined when there is nothing to draw or the browser cannot make a PNG. */
export async function statusChartPng(
  summary: StatusSummary,
  labels: { priority: (number: string) => string; status: (status: string) => string },
): Promise<ChartPng | undefined> {
  if (summary.total === 0 || typeof document === 'undefined') return undefined;
  const width = LABEL_W + BAR_W + 10;
  const legendRows = Math.ceil(REPORT_STATUSES.length / 3);
  const height = summary.rows.length * ROW_H + 8 + legendRows * LEGEND_ROW + 8;
  const canvas = document.createElement('canvas');
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  const g = canvas.getContext('2d');
  if (!g) return undefined;
  g.scale(SCALE, SCALE);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  g.textBaseline = 'middle';
  const max = Math.max(1, ...summary.rows.map((r) => r.total));
  summary.rows.forEach((row, i) => {
    const y = i * ROW_H + 4;
    g.font = '13px sans-serif';
    g.fillStyle = '#1a1a1a';
    g.textAlign = 'left';
    g.fillText(labels.priority(row.number), 0, y + BAR_H / 2);
    let x = LABEL_W;
    for (const status of REPORT_STATUSES) {
      const count = row.counts[status];
      if (count === 0) continue;
      const w = (count / max) * BAR_W;
      g.fillStyle = STATUS_COLOURS[status];
      g.fillRect(x, y, w, BAR_H);
      g.strokeStyle = '#ffffff';
      g.strokeRect(x, y, w, BAR_H);
      if (w >= 16) {
        g.font = 'bold 13px sans-serif';
        g.fillStyle = '#ffffff';
        g.textAlign = 'center';
        g.fillText(String(count), x + w / 2, y + BAR_H / 2);
      }
      x += w;
    }
  });
  // The legend, in the order of the bars and the table's columns.
  const top = summary.rows.length * ROW_H + 16;
  REPORT_STATUSES.forEach((status, i) => {
    const x = (i % 3) * 200;
    const y = top + Math.floor(i / 3) * LEGEND_ROW;
    g.fillStyle = STATUS_COLOURS[status];
    g.fillRect(x, y, 14, 14);
    g.font = '13px sans-serif';
    g.fillStyle = '#1a1a1a';
    g.textAlign = 'left';
    g.fillText(labels.status(status), x + 20, y + 7);
  });
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) return undefined;
  return { png: new Uint8Array(await blob.arrayBuffer()), width, height };
}
