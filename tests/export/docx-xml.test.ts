import { beforeAll, describe, expect, it } from 'vitest';
import { exportResumeDocx } from '../../src/export/resume.ts';
import { RIGHT_TAB } from '../../src/export/styles.ts';
import { SAMPLE_RESUME } from '../../src/resume/sample.ts';
import { docxParts, paragraphs } from './support.ts';

let parts: Record<string, string>;
let paras: ReturnType<typeof paragraphs>;
let fileName: string;

beforeAll(async () => {
  const out = await exportResumeDocx(SAMPLE_RESUME);
  fileName = out.fileName;
  parts = await docxParts(out.buffer);
  paras = paragraphs(parts['word/document.xml']!);
});

describe('exported resume XML', () => {
  it('uses Title for the name, Heading 1 for sections and Heading 2 for roles', () => {
    expect(paras[0]).toMatchObject({ style: 'Title', text: 'Dana Whitfield' });
    expect(paras.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Summary', 'Experience', 'Education', 'Certifications', 'Skills']);
    const roles = paras.filter((p) => p.style === 'Heading2').map((p) => p.text.split('\t')[0]);
    expect(roles.slice(0, 5)).toEqual(SAMPLE_RESUME.work!.map((w) => w.position));
    expect(parts['word/styles.xml']).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"\/>/);
    expect(parts['word/styles.xml']).toMatch(/<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Heading 2"\/>/);
  });

  it('puts every bullet in a real bullet list, never a typed bullet character', () => {
    const bullets = paras.filter((p) => p.numId);
    expect(bullets).toHaveLength(40);
    expect(bullets.map((b) => b.text)).toEqual(SAMPLE_RESUME.work!.flatMap((w) => w.highlights ?? []));
    expect(new Set(bullets.map((b) => b.numId)).size).toBe(1);
    expect(paras.some((p) => /^\s*[•▪*-]\s/.test(p.text))).toBe(false);
    const numbering = parts['word/numbering.xml']!;
    const numId = bullets[0]!.numId!;
    const abstractId = new RegExp(`<w:num w:numId="${numId}"[^>]*><w:abstractNumId w:val="(\\d+)"`).exec(numbering)?.[1];
    expect(abstractId).toBeDefined();
    const abstract = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`).exec(numbering)?.[0] ?? '';
    expect(abstract).toContain('<w:numFmt w:val="bullet"/>');
    expect(abstract).toContain('<w:lvlText w:val="•"/>');
  });

  it('aligns role dates right with a tab stop at the text edge', () => {
    const role = paras.find((p) => p.style === 'Heading2')!;
    expect(role.text).toBe('Director, Ambulatory Operations\tMar 2021 – Present');
    expect(role.tabs).toEqual([{ type: 'right', pos: RIGHT_TAB }]);
    expect(paras.find((p) => p.style === 'Organization')!.text).toBe('Riverside Health Partners\tColumbus, OH');
  });

  it('has no tables, text boxes or drawings for content', () => {
    expect(parts['word/document.xml']).not.toMatch(/<w:tbl>|<w:txbxContent|<w:drawing|<v:textbox/);
  });

  it('sets a standard 10.5 pt font, the title and the author', () => {
    const styles = parts['word/styles.xml']!;
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:rFonts w:ascii="Arial"[\s\S]*<w:sz w:val="21"\/>/);
    expect(parts['docProps/core.xml']).toContain('<dc:title>Dana Whitfield – Resume</dc:title>');
    expect(parts['docProps/core.xml']).toContain('<dc:creator>Dana Whitfield</dc:creator>');
    expect(fileName).toBe('Dana-Whitfield-Resume.docx');
  });

  it('writes only characters XML allows, whatever the input', async () => {
    const odd = { basics: { name: 'Zoë\u0000 Ng\u0007' }, work: [{ position: 'Lead\uD800', highlights: ['Cut\tLOS\u000B 1 day.', '🙂 Raised HCAHPS 6 pts.'] }] };
    const { buffer, fileName } = await exportResumeDocx(odd);
    const xml = (await docxParts(buffer))['word/document.xml']!;
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(paragraphs(xml).map((p) => p.text)).toEqual(['Zoë Ng', 'Experience', 'Lead', 'Cut LOS 1 day.', '🙂 Raised HCAHPS 6 pts.']);
    expect(fileName).toBe('Zoë-Ng-Resume.docx');
  });
});
