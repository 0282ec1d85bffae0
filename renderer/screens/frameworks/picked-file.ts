import type { PickedFile } from '../../state/evidence-store';

/** The browser's File as the stores take it: bytes read (as base64) only once the size has passed. */
export function pickedFile(file: File): PickedFile {
  return {
    name: file.name,
    sizeBytes: file.size,
    readBase64: () =>
      new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => {
          const url = String(reader.result);
          resolve(url.slice(url.indexOf(',') + 1));
        };
        reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
        reader.readAsDataURL(file);
      }),
  };
}
