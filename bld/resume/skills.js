// src/resume/skills.ts
function parseSkillLines(text) {
  const skills = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\s*[•*-]\s+/, "").trim();
    if (!line) continue;
    const m = /^([^:]{1,100}):\s*(.*)$/.exec(line);
    if (m) {
      const keywords = m[2].split(/\s*[,;]\s*/).map((k) => k.trim()).filter(Boolean);
      skills.push(keywords.length ? { name: m[1].trim(), keywords } : { name: m[1].trim() });
    } else {
      for (const name of line.split(/\s*[,;]\s*/).map((k) => k.trim()).filter(Boolean)) skills.push({ name });
    }
  }
  return skills;
}
function skillLines(skills) {
  const grouped = skills.filter((s) => s.keywords?.length).map((s) => `${s.name}: ${s.keywords.join(", ")}`);
  const bare = skills.filter((s) => !s.keywords?.length).map((s) => s.name);
  return [...grouped, ...bare.length ? [bare.join(", ")] : []].join("\n");
}
export {
  parseSkillLines,
  skillLines
};
