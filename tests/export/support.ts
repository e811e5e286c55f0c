// Opens an exported .docx the way Word does: as a zip of XML parts.
import JSZip from 'jszip';

export async function docxParts(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const out: Record<string, string> = {};
  for (const name of ['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'docProps/core.xml']) {
    out[name] = (await zip.file(name)?.async('string')) ?? '';
  }
  return out;
}

/** Each <w:p> of document.xml with its style id, numbering, tab stops and text (tabs as \t). */
export function paragraphs(documentXml: string) {
  return [...documentXml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, body]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(body!)?.[1] ?? 'Normal',
    numId: /<w:numId w:val="(\d+)"/.exec(body!)?.[1],
    tabs: [...body!.matchAll(/<w:tab w:val="(\w+)" w:pos="(\d+)"/g)].map((m) => ({ type: m[1], pos: Number(m[2]) })),
    text: [...body!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[0] === '<w:tab/>' ? '\t' : m[1])).join(''),
  }));
}
