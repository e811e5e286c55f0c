// src/render/domain-chart.ts
import { escapeHtml } from "./escape.js";
var ROW = 30;
var LABEL_W = 150;
var BAR_W = 200;
var COUNT_W = 34;
function domainChart(domains) {
  const max = Math.max(1, ...domains.map((d) => d.count));
  const width = LABEL_W + BAR_W + COUNT_W;
  const height = domains.length * ROW;
  const desc = domains.map((d) => `${d.label}: ${d.count}`).join("; ");
  const rows = domains.map((d, i) => {
    const y = i * ROW;
    const w = d.count ? Math.max(4, Math.round(BAR_W * d.count / max)) : 0;
    return `<g class="domain-${d.domain}"><text class="chart-label" x="${LABEL_W - 10}" y="${y + 19}" text-anchor="end">${escapeHtml(d.label)}</text><rect class="chart-track" x="${LABEL_W}" y="${y + 7}" width="${BAR_W}" height="16" rx="3"/>` + (w ? `<rect class="chart-bar" x="${LABEL_W}" y="${y + 7}" width="${w}" height="16" rx="3"/>` : "") + `<text class="chart-count" x="${LABEL_W + BAR_W + 8}" y="${y + 19}">${d.count}</text></g>`;
  });
  return `<svg class="domain-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="domain-chart-title domain-chart-desc" xmlns="http://www.w3.org/2000/svg"><title id="domain-chart-title">Bullets per KPI domain</title><desc id="domain-chart-desc">${escapeHtml(desc)}</desc>` + rows.join("") + "</svg>";
}
export {
  domainChart
};
