export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Base64 (as the API carries files) to bytes. */
export function base64ToBytes(dataBase64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Hands a file to the browser's download (a Blob behind an <a download>): works behind the HTTP
 * bridge and in the Electron window alike, where the user then chooses where to save it.
 */
export function saveDownload(fileName: string, bytes: Uint8Array<ArrayBuffer>, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the bytes once click() returns in Chromium; a later revoke is only tidiness.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
