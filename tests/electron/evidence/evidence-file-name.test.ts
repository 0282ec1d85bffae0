import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  claimedOtherType,
  EVIDENCE_NAME_MAX_BYTES,
  extensionOf,
  sanitiseFileName,
  storedEvidenceName,
} from '../../../electron/evidence/evidence-file-name';
import { BINARY_EVIDENCE_TYPES, evidenceTypeOf, TEXT_EVIDENCE_TYPES, type EvidenceType } from '../../../electron/evidence/evidence-types';

function type(mediaType: string): EvidenceType {
  const found = evidenceTypeOf(mediaType);
  if (!found) throw new Error(`no evidence type ${mediaType}`);
  return found;
}
const PDF = type('application/pdf');
const PNG = type('image/png');
const JPEG = type('image/jpeg');
const TXT = type('text/plain');

/** No lone surrogate (String.prototype.isWellFormed is ES2024, beyond the lib this project targets). */
const wellFormed = (text: string) => !/[\uD800-\uDFFF]/u.test(text);

describe('sanitiseFileName', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['/home/user/report.pdf', 'report.pdf'],
    ['C:\\Users\\x\\report.pdf', 'report.pdf'],
    // Characters Windows refuses become "_", so the parts stay apart.
    ['a<b>c:d"e|f?g*h.pdf', 'a_b_c_d_e_f_g_h.pdf'],
    ['x.pdf:evil.exe', 'x.pdf_evil.exe'],
    ['x.pdf::$DATA', 'x.pdf__$DATA'],
    ['tab\tand\u0000nul.pdf', 'tabandnul.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['a\u200Fb\u2066c\u2069\u200Bd\uFEFFe\uD800f.pdf', 'abcdef.pdf'],
    ['trailing. . ', 'trailing'],
    ['...hidden.pdf', 'hidden.pdf'],
    ['  spaced name.pdf  ', 'spaced name.pdf'],
    ['..', ''],
    ['dir/', ''],
    ['  ', ''],
    ['تقرير الميزانية.pdf', 'تقرير الميزانية.pdf'],
    // macOS hands over decomposed names; stored names are composed.
    ['Re\u0301sume\u0301.pdf', 'Résumé.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(sanitiseFileName(input)).toBe(expected);
  });
});

describe('extensionOf', () => {
  it.each([
    ['report.PDF', 'pdf'],
    ['archive.tar.gz', 'gz'],
    ['.hidden', ''],
    ['noext', ''],
  ])('%j → %j', (input, expected) => {
    expect(extensionOf(input)).toBe(expected);
  });
});

describe('storedEvidenceName', () => {
  it.each([
    // The content's own extension is kept, in lower case.
    ['Budget 2025.pdf', PDF, 'Budget 2025.pdf'],
    ['scan.PDF', PDF, 'scan.pdf'],
    ['photo.JPEG', JPEG, 'photo.jpeg'],
    ['photo.jpg', JPEG, 'photo.jpg'],
    // A name that claims no accepted type gets the content's canonical extension appended.
    ['report.exe', PDF, 'report.exe.pdf'],
    ['run.bat', PDF, 'run.bat.pdf'],
    ['page.html', PDF, 'page.html.pdf'],
    ['app.hta', PDF, 'app.hta.pdf'],
    ['logo.svg', PNG, 'logo.svg.png'],
    ['scan', PNG, 'scan.png'],
    ['x.pdf:evil.exe', PDF, 'x.pdf_evil.exe.pdf'],
    ['invoice\u202Efdp.exe', PDF, 'invoicefdp.exe.pdf'],
    ['report.pdf.', PDF, 'report.pdf'],
    ['report.exe. . ', PDF, 'report.exe.pdf'],
    ['', PDF, 'evidence.pdf'],
    ['...', PNG, 'evidence.png'],
    ['.pdf', PDF, 'pdf.pdf'],
    // Windows device names, whatever follows them.
    ['CON', PDF, '_CON.pdf'],
    ['con.pdf', PDF, '_con.pdf'],
    ['Aux.tar.pdf', PDF, '_Aux.tar.pdf'],
    ['nul .pdf', PDF, '_nul .pdf'],
    ['LPT1.txt', TXT, '_LPT1.txt'],
    ['COM9.exe', PDF, '_COM9.exe.pdf'],
    ['COM¹.pdf', PDF, '_COM¹.pdf'],
    ['CONOUT$.pdf', PDF, '_CONOUT$.pdf'],
    // Not device names.
    ['CONTRACT.pdf', PDF, 'CONTRACT.pdf'],
    ['COM10.pdf', PDF, 'COM10.pdf'],
    ['my con.pdf', PDF, 'my con.pdf'],
  ])('%j as %s → %j', (input, evidenceType, expected) => {
    expect(storedEvidenceName(input, evidenceType)).toBe(expected);
  });

  it('shortens a long name to the byte limit at a character boundary, keeping its extension', () => {
    const arabic = storedEvidenceName(`${'ط'.repeat(250)}.pdf`, PDF);
    expect(Buffer.byteLength(arabic)).toBeLessThanOrEqual(EVIDENCE_NAME_MAX_BYTES);
    expect(arabic).toMatch(/^ط+\.pdf$/u);
    const emoji = storedEvidenceName(`${'😀'.repeat(100)}.exe`, PDF);
    expect(emoji.endsWith('.exe.pdf') || emoji.endsWith('.pdf')).toBe(true);
    expect(Buffer.byteLength(emoji)).toBeLessThanOrEqual(EVIDENCE_NAME_MAX_BYTES);
    expect(wellFormed(emoji)).toBe(true);
    expect(storedEvidenceName(`${'a'.repeat(300)}`, PNG)).toBe(`${'a'.repeat(EVIDENCE_NAME_MAX_BYTES - 4)}.png`);
  });

  it('property: whatever the name, the stored one is safe on Windows and says what the content is', () => {
    const types = [...BINARY_EVIDENCE_TYPES, ...TEXT_EVIDENCE_TYPES];
    const nameArb = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .tuple(
          fc.constantFrom('', 'CON', 'nul', 'LPT9', 'report', '..', ' x '),
          fc.constantFrom('', '.', ':', '.exe', '.pdf', '.PNG', '.html', '\u202E', ' .', '/', '\\'),
          fc.string({ maxLength: 8 }),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(nameArb, fc.constantFrom(...types), (name, evidenceType) => {
        const stored = storedEvidenceName(name, evidenceType);
        expect(evidenceType.extensions).toContain(extensionOf(stored));
        expect(wellFormed(stored)).toBe(true);
        // eslint-disable-next-line no-control-regex -- the controls are the point
        expect(stored).not.toMatch(/[\u0000-\u001F\u007F-\u009F<>:"|?*/\\\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u);
        expect(stored).not.toMatch(/^[\s.]|[\s.]$/u);
        expect(stored.split('.')[0]?.trimEnd()).not.toMatch(/^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)$/i);
        expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(EVIDENCE_NAME_MAX_BYTES);
        // Pure and stable: storing a stored name again changes nothing.
        expect(storedEvidenceName(stored, evidenceType)).toBe(stored);
      }),
    );
  });
});

describe('claimedOtherType', () => {
  it('names the accepted type a name claims over other content, and nothing else', () => {
    expect(claimedOtherType('report.pdf', 'image/png')).toMatchObject({ extension: 'pdf', claimed: { mediaType: 'application/pdf' } });
    expect(claimedOtherType('invoice.PDF. ', 'application/x-msdownload')).toMatchObject({ extension: 'pdf' });
    expect(claimedOtherType('x.exe:y.png', 'application/pdf')).toMatchObject({ extension: 'png' });
    expect(claimedOtherType('report.pdf', 'application/pdf')).toBeUndefined();
    expect(claimedOtherType('report.exe', 'application/pdf')).toBeUndefined();
    expect(claimedOtherType('report', 'image/png')).toBeUndefined();
  });
});
