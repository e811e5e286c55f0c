// src/stories/scaffold.ts
var clean = (s) => s.trim().replace(/^[,;:\s]+|[,;:.\s]+$/g, "");
var joinSpans = (spans) => spans.map((s) => clean(s.text)).filter(Boolean).join("; ");
function startingPoint(baseline) {
  for (const b of baseline) {
    const from = /\bfrom\s+(\S+(?:\s(?:points?|pts?|days?|minutes?|hours?|percent))?)/i.exec(b.text);
    if (from) return clean(from[1]);
    const vs = /\b(?:vs\.?|versus|compared (?:to|with))\s+(.+)$/i.exec(b.text);
    if (vs) return clean(vs[1]);
  }
  return null;
}
function scaffoldFromBullet(bullet) {
  const c = bullet.components;
  const kpi = bullet.kpis[0];
  const measure = kpi ? kpi.text : "[the measure]";
  const start = startingPoint(c.baseline);
  const direction = kpi?.desired === "down" ? "bring down" : kpi?.desired === "up" ? "raise" : "improve";
  const intervention = joinSpans(c.intervention).replace(/^(?:by|through|via|with|after|using)\s+/i, "");
  const result = joinSpans(c.result) || (c.metric.length ? `[what changed]: ${c.metric.map((m) => m.text).join(", ")}` : "[what changed, with a number]");
  const timeframe = c.timeframe.length ? c.timeframe.map((t) => clean(t.text)).join(", ") : "[over how many days: the guide asks for 90\u2013180]";
  const lines = [
    `Situation: [Where you were and what was wrong]. ${capital(measure)} was ${start ?? "[baseline]"}.`,
    `Task: My goal was to ${direction} ${measure} [by how much, by when, and who asked you].`,
    `Action: I ${intervention ? `[led] ${intervention}` : "[what you did]"}. [Who you worked with, what you changed first, how you got buy-in.]`,
    `Result: ${capital(result)}, ${timeframe}. [How long it held, and the system that keeps it there.]`
  ];
  const text = lines.join("\n");
  return { text, placeholders: [...new Set([...text.matchAll(/\[[^\]]+\]/g)].map((m) => m[0]))] };
}
function capital(s) {
  return s.startsWith("[") ? s : s.charAt(0).toUpperCase() + s.slice(1);
}
export {
  scaffoldFromBullet,
  startingPoint
};
