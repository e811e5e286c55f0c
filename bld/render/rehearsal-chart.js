// src/render/rehearsal-chart.ts
var esc = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
function rehearsalChart(all, opts = {}) {
  const { width = 480, height = 200, aimMin = 60, aimMax = 120, maxRuns = 20, id = "rehearsal-chart" } = opts;
  const runs = all.slice(-maxRuns);
  const pad = { left: 40, right: 36, top: 14, bottom: 28 };
  const w = width - pad.left - pad.right;
  const h = height - pad.top - pad.bottom;
  const top = Math.max(180, ...runs.map((r) => r.seconds));
  const y = (s) => pad.top + h - Math.min(s, top) / top * h;
  const yr = (r) => pad.top + h - (r - 1) / 4 * h;
  const slot = w / Math.max(runs.length, 1);
  const x = (i) => pad.left + slot * i + slot / 2;
  const bar = Math.max(4, Math.min(28, slot * 0.6));
  const summary = runs.length ? runs.map((r, i) => `Run ${i + 1}: ${r.seconds} s${r.rating ? `, rated ${r.rating} of 5` : ""}`).join("; ") : "No runs yet.";
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="rehearsal-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">Rehearsal times and self-ratings</title>`,
    `<desc id="${id}-desc">${esc(`Aim: ${aimMin} to ${aimMax} seconds. ${summary}`)}</desc>`,
    `<rect class="band" x="${pad.left}" y="${y(aimMax).toFixed(1)}" width="${w}" height="${(y(aimMin) - y(aimMax)).toFixed(1)}" fill="#d8efe0"/>`,
    `<line x1="${pad.left}" y1="${pad.top + h}" x2="${pad.left + w}" y2="${pad.top + h}" stroke="#555"/>`
  ];
  for (const s of [0, aimMin, aimMax, top]) {
    parts.push(`<text x="${pad.left - 4}" y="${(y(s) + 4).toFixed(1)}" text-anchor="end" font-size="10" fill="#333">${s}s</text>`);
  }
  for (const r of [1, 5]) parts.push(`<text x="${pad.left + w + 4}" y="${(yr(r) + 4).toFixed(1)}" font-size="10" fill="#5a2d82">${r}\u2605</text>`);
  runs.forEach((r, i) => {
    const inBand = r.seconds >= aimMin && r.seconds <= aimMax;
    parts.push(`<rect class="run" x="${(x(i) - bar / 2).toFixed(1)}" y="${y(r.seconds).toFixed(1)}" width="${bar.toFixed(1)}" height="${(pad.top + h - y(r.seconds)).toFixed(1)}" fill="${inBand ? "#2f6f4f" : "#b5562b"}"><title>${esc(`Run ${i + 1}: ${r.seconds} s`)}</title></rect>`);
    parts.push(`<text x="${x(i).toFixed(1)}" y="${height - 10}" text-anchor="middle" font-size="10" fill="#333">${i + 1}</text>`);
  });
  const rated = runs.map((r, i) => ({ r, i })).filter(({ r }) => r.rating !== null);
  if (rated.length > 1) {
    parts.push(`<polyline fill="none" stroke="#5a2d82" stroke-width="2" points="${rated.map(({ r, i }) => `${x(i).toFixed(1)},${yr(r.rating).toFixed(1)}`).join(" ")}"/>`);
  }
  for (const { r, i } of rated) parts.push(`<circle class="rating" cx="${x(i).toFixed(1)}" cy="${yr(r.rating).toFixed(1)}" r="4" fill="#5a2d82"/>`);
  parts.push("</svg>");
  return parts.join("");
}
export {
  rehearsalChart
};
