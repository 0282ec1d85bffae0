/**
 * Small but real evidence files for the demo, built byte by byte so the same input always gives
 * the same bytes (no zlib, no library whose output could change between versions): PNG and
 * PDF that file-type recognises, and clean UTF-8 text and CSV the text rules accept.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A PNG of `width`×`height` RGB pixels, each row a vertical blend from `top` to `bottom`. The
 * image data is one uncompressed ("stored") deflate block, which every PNG reader accepts.
 */
export function pngImage(width: number, height: number, top: readonly [number, number, number], bottom: readonly [number, number, number]): Buffer {
  const rows: number[] = [];
  for (let y = 0; y < height; y += 1) {
    const t = height === 1 ? 0 : y / (height - 1);
    const pixel = top.map((value, i) => Math.round(value + (bottom[i]! - value) * t) & 0xff);
    rows.push(0); // filter type None
    for (let x = 0; x < width; x += 1) rows.push(...pixel);
  }
  const raw = Buffer.from(rows);
  if (raw.length > 0xffff) throw new Error('demo images are small: one stored deflate block');
  const block = Buffer.alloc(5);
  block[0] = 0x01; // final block, stored
  block.writeUInt16LE(raw.length, 1);
  block.writeUInt16LE(~raw.length & 0xffff, 3);
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(adler32(raw), 0);
  const zlib = Buffer.concat([Buffer.from([0x78, 0x01]), block, raw, adler]);

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Text for a PDF string in WinAnsi (Latin-1 here): escaped, anything outside Latin-1 as "?". */
function pdfString(text: string): string {
  const latin1 = [...text].map((char) => ((char.codePointAt(0) ?? 0x3f) <= 0xff ? char : '?')).join('');
  return `(${latin1.replace(/[\\()]/g, (char) => `\\${char}`)})`;
}

/**
 * A one-page A4 PDF with a title and lines of text in Helvetica: a valid document (cross-reference
 * table with exact offsets) that any viewer opens, and that file-type detects as application/pdf.
 */
export function pdfDocument(title: string, lines: readonly string[]): Buffer {
  const text = [
    'BT /F1 16 Tf 56 780 Td',
    `${pdfString(title)} Tj`,
    '/F1 11 Tf 0 -28 Td 15 TL',
    ...lines.map((line) => `${pdfString(line)} '`),
    'ET',
  ].join('\n');
  const content = Buffer.from(text, 'latin1');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content.toString('latin1')}\nendstream`,
    `<< /Title ${pdfString(title)} /Producer (Fieldscore demo) >>`,
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** UTF-8 text with LF line ends and a final newline. */
export function textFile(lines: readonly string[]): Buffer {
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

/** RFC 4180 CSV (fields quoted when they need it), CRLF line ends as the RFC has them. */
export function csvFile(rows: readonly (readonly (string | number | boolean)[])[]): Buffer {
  const field = (value: string | number | boolean) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return Buffer.from(rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n', 'utf8');
}
