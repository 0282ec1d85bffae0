/**
 * A file the user picked, as the stores take it: independent of the DOM's File so the stores can be
 * tested without a browser, and read only when asked, so a store can refuse a file by its size
 * before its bytes are read and sent.
 */
export interface PickedFile {
  name: string;
  sizeBytes: number;
  /** The bytes, base64; only called once the size passed. */
  readBase64(): Promise<string>;
}

/** The browser's File as a PickedFile. */
export function pickedFile(file: File): PickedFile {
  return {
    name: file.name,
    sizeBytes: file.size,
    readBase64: () =>
      new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => {
          // A data: URL; the bytes are what follows the comma.
          const url = String(reader.result);
          resolve(url.slice(url.indexOf(',') + 1));
        };
        reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
        reader.readAsDataURL(file);
      }),
  };
}
