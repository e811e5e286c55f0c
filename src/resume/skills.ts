// Skills as people type them in one box: a line per group, "Revenue cycle: denials, prior auth, coding", or a
// plain list "Epic, Tableau". JSON Resume keeps a group as { name, keywords }.
import type { Skill } from './schema.ts';

export function parseSkillLines(text: string): Skill[] {
  const skills: Skill[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\s*[•*-]\s+/, '').trim();
    if (!line) continue;
    const m = /^([^:]{1,100}):\s*(.*)$/.exec(line);
    if (m) {
      const keywords = m[2]!.split(/\s*[,;]\s*/).map((k) => k.trim()).filter(Boolean);
      skills.push(keywords.length ? { name: m[1]!.trim(), keywords } : { name: m[1]!.trim() });
    } else {
      for (const name of line.split(/\s*[,;]\s*/).map((k) => k.trim()).filter(Boolean)) skills.push({ name });
    }
  }
  return skills;
}

export function skillLines(skills: Skill[]): string {
  const grouped = skills.filter((s) => s.keywords?.length).map((s) => (s.name ? `${s.name}: ` : '') + s.keywords!.join(', '));
  const bare = skills.filter((s) => !s.keywords?.length && s.name).map((s) => s.name);
  return [...grouped, ...(bare.length ? [bare.join(', ')] : [])].join('\n');
}
