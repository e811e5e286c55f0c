// Every bad upload gets its own code and a sentence a person can act on; none of them throws anything else.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportResumeDocx } from '../../src/export/resume.ts';
import { ImportError, importResumeFile } from '../../src/import/index.ts';
import { checkDocxPackage } from '../../src/import/zip-guard.ts';
import { MAX_DOCUMENT_XML_BYTES, MAX_PARAGRAPHS, MAX_UPLOAD_BYTES } from '../../src/import/limits.ts';
import { SAMPLE_RESUME } from '../../src/resume/sample.ts';

async function failure(p: Promise<unknown>): Promise<ImportError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return err as ImportError;
  }
  throw new Error('expected the import to fail');
}

async function zipOf(files: Record<string, string | Uint8Array>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Rewrites the declared uncompressed size of big entries (local header and central directory) to a small lie. */
function lieAboutSizes(buf: Buffer, size = 1000): Buffer {
  const out = Buffer.from(buf);
  for (let i = 0; i < out.length - 30; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && out.readUInt32LE(i + 18) > size) out.writeUInt32LE(size, i + 22);
    else if (sig === 0x02014b50 && out.readUInt32LE(i + 20) > size) out.writeUInt32LE(size, i + 24);
  }
  return out;
}

let realDocx: Buffer;
let bomb: Buffer;
beforeAll(async () => {
  realDocx = (await exportResumeDocx(SAMPLE_RESUME)).buffer;
  bomb = await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': new Uint8Array(45 * 1024 * 1024) });
});

describe('bad files', () => {
  it('an empty file', async () => {
    expect((await failure(importResumeFile(Buffer.alloc(0), 'resume.docx'))).code).toBe('empty');
  });

  it('a file that is not a zip, named .docx', async () => {
    const e = await failure(importResumeFile(Buffer.from('\x89PNG\r\n\x1a\n....'), 'resume.docx'));
    expect(e.code).toBe('not_zip');
    expect(e.status).toBe(415);
    expect(e.message).toMatch(/not a Word \.docx/);
  });

  it('a zip that is not a Word document', async () => {
    const e = await failure(importResumeFile(await zipOf({ 'notes.txt': 'hello' }), 'resume.docx'));
    expect(e.code).toBe('not_docx');
    const xlsx = await failure(importResumeFile(await zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' })));
    expect(xlsx.message).toMatch(/Excel workbook/);
  });

  it('a password-protected .docx (an OLE package) or an old .doc', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]);
    const e = await failure(importResumeFile(ole, 'resume.docx'));
    expect(e.code).toBe('encrypted');
    expect(e.message).toMatch(/password-protected/);
  });

  it('a truncated .docx', async () => {
    const e = await failure(importResumeFile(realDocx.subarray(0, Math.floor(realDocx.length / 2)), 'resume.docx'));
    expect(e.code).toBe('corrupt');
  });

  it('a .docx whose document part is not XML', async () => {
    const broken = await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document><w:body><w:p>', '_rels/.rels': 'nope' });
    const e = await failure(importResumeFile(broken, 'resume.docx'));
    expect(e.code).toBe('corrupt');
  });

  it('a file over 5 MB', async () => {
    const big = Buffer.concat([realDocx, Buffer.alloc(5 * 1024 * 1024)]);
    const e = await failure(importResumeFile(big, 'resume.docx'));
    expect(e.code).toBe('too_large');
    expect(e.status).toBe(413);
  });

  it('a zip bomb that declares its size', async () => {
    expect(bomb.length).toBeLessThan(200_000);
    const e = await failure(checkDocxPackage(bomb));
    expect(e.code).toBe('zip_bomb');
  });

  it('a zip bomb that lies about its size is stopped while inflating', async () => {
    const e = await failure(importResumeFile(lieAboutSizes(bomb), 'resume.docx'));
    expect(e.code).toBe('zip_bomb');
    expect(e.message).toMatch(/more than 40 MB/);
  });

  const documentOf = (body: string) => zipOf({
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });

  it('a small file holding a huge document (100,000 paragraphs) is refused before it is read, even when it lies about its size', async () => {
    const huge = await documentOf('<w:p><w:pPr/><w:r><w:t>Reduced no-shows 7%</w:t></w:r></w:p>'.repeat(100_000));
    expect(huge.length).toBeLessThan(MAX_UPLOAD_BYTES);
    for (const file of [huge, lieAboutSizes(huge)]) {
      const e = await failure(importResumeFile(file, 'resume.docx'));
      expect(e.code).toBe('too_large');
      expect(e.status).toBe(413);
      expect(e.message).toMatch(/far longer than a resume/);
    }
  });

  it('a document part over its size cap, in few paragraphs, is refused too', async () => {
    const e = await failure(importResumeFile(await documentOf(`<w:p><w:r><w:t>${'x'.repeat(MAX_DOCUMENT_XML_BYTES)}</w:t></w:r></w:p>`), 'resume.docx'));
    expect(e.code).toBe('too_large');
  });

  it('a long resume just under the paragraph cap is still read', async () => {
    const ok = await importResumeFile(await documentOf('<w:p><w:r><w:t>Dana Reyes</w:t></w:r></w:p>' + '<w:p/>'.repeat(MAX_PARAGRAPHS - 10)), 'resume.docx');
    expect(ok.resume.basics?.name).toBe('Dana Reyes');
  });

  it('JSON that is not JSON, and JSON that is not a JSON Resume', async () => {
    expect((await failure(importResumeFile(Buffer.from('{"basics": '), 'resume.json'))).code).toBe('not_json');
    const e = await failure(importResumeFile(Buffer.from('{"work": [{"position": 3}]}'), 'resume.json'));
    expect(e.code).toBe('not_json_resume');
    expect(e.issues).toEqual([{ path: 'work[0].position', message: 'expected string' }]);
    expect((await failure(importResumeFile(Buffer.from('{"name": "Dana"}'), 'x.json'))).code).toBe('not_json_resume');
  });

  it('a PDF or a binary file', async () => {
    expect((await failure(importResumeFile(Buffer.from('%PDF-1.7\n...'), 'resume.pdf'))).message).toMatch(/PDF/);
    expect((await failure(importResumeFile(Buffer.from([0, 1, 2, 3, 0, 0, 5, 6, 7]), 'resume.bin'))).code).toBe('binary');
  });

  it('the real thing still imports', async () => {
    const ok = await importResumeFile(realDocx, 'anything.txt');
    expect(ok.source).toBe('docx');
    expect(ok.resume.work).toHaveLength(5);
  });
});
