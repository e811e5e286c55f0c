// Logs never carry a private id: every segment after /w/ and /workspaces/ is redacted unless it is one of the
// app's own words, whatever its shape.
import { describe, expect, it } from 'vitest';
import { redactPath } from '../../src/web/logging.ts';

const ID = '29fe0c1b3a2d4e5f60718293a4b5ada6';

describe('redactPath', () => {
  it.each([
    [`/w/${ID}`, '/w/:workspace'],
    [`/w/${ID}.`, '/w/:workspace'],
    [`/w/${ID}x`, '/w/:workspace'],
    [`/w/${ID.slice(0, 20)}`, '/w/:workspace'],
    [`/api/v1/workspaces/${ID}0`, '/api/v1/workspaces/:workspace'],
    [`/api/v1/workspaces/${ID}/bullets/17`, '/api/v1/workspaces/:workspace/bullets/:x'],
    [`/w/${ID}/stories/k3j9x2/rehearse`, '/w/:workspace/stories/:x/rehearse'],
    [`/w/${ID}/resume.docx`, '/w/:workspace/resume.docx'],
    [`/w/${ID}/tailor/4503599627370497/versions/4503599627371234.docx`, '/w/:workspace/tailor/:x/versions/:x'],
    [`/w/${ID}/stories/prep-sheet.pdf`, '/w/:workspace/stories/prep-sheet.pdf'],
    [`/w/${ID}/bullets/${ID}/delete`, '/w/:workspace/bullets/:workspace/delete'],
    ['/api/v1/analyze', '/api/v1/analyze'],
    ['/css/app.css', '/css/app.css'],
  ])('%s -> %s', (path, logged) => {
    expect(redactPath(path)).toBe(logged);
    expect(redactPath(path)).not.toContain(ID.slice(0, 8));
  });
});
