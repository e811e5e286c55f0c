import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanBullet, looksBinary, splitPasted } from '../../src/web/paste.ts';

describe('pasted bullets', () => {
  it('drops bullet marks and numbering, keeps numbers that belong to the bullet', () => {
    expect(splitPasted([
      '• Cut RN overtime 22%', '  - Reduced LWBS 2 pts', '* Lowered denials 29%', '▪ Achieved zero findings',
      '1. Increased capacity 18%', '2) Cut waits', '(3) Raised HCAHPS', 'a) Built a float pool', '• 1. Stacked marks', '- - Doubled dash',
      '1.4 pts fewer readmissions', '30% fewer no-shows', '', '   ', '\t• Tabbed bullet',
    ].join('\r\n'))).toEqual([
      'Cut RN overtime 22%', 'Reduced LWBS 2 pts', 'Lowered denials 29%', 'Achieved zero findings',
      'Increased capacity 18%', 'Cut waits', 'Raised HCAHPS', 'Built a float pool', 'Stacked marks', 'Doubled dash',
      '1.4 pts fewer readmissions', '30% fewer no-shows', 'Tabbed bullet',
    ]);
  });

  it('removes control characters and zero-width marks, and joins runs of spaces', () => {
    expect(cleanBullet('\uFEFFCut\u200B  overtime\u0007 22%')).toBe('Cut overtime 22%');
  });

  it('keeps odd but real Unicode: accents, RTL text, emoji, composed to NFC', () => {
    expect(cleanBullet('Réduit les délais de 18 % → 11 % 🎯')).toBe('Réduit les délais de 18 % → 11 % 🎯');
    expect(cleanBullet('Cafe\u0301 staff')).toBe('Café staff');
    expect(cleanBullet('خفض وقت الانتظار 20%')).toBe('خفض وقت الانتظار 20%');
  });

  it('spots binary input', () => {
    expect(looksBinary('PK\u0003\u0004\u0000')).toBe(true);
    expect(looksBinary('\uFFFD'.repeat(20))).toBe(true);
    expect(looksBinary('Cut overtime 22% – café')).toBe(false);
  });

  it('for any text: cleaning is idempotent and no line comes back empty or with a line break', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), (text) => {
      for (const line of splitPasted(text)) {
        expect(line).not.toBe('');
        expect(line).not.toMatch(/[\r\n]/);
        expect(cleanBullet(line)).toBe(line);
      }
    }), { numRuns: 500 });
  });
});
