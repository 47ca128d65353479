/**
 * Tải về — hands a file to the browser's download: a Blob URL clicked through a hidden link. The
 * bytes stay on the officer's machine; nothing is uploaded.
 */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function downloadFile(fileName: string, data: ArrayBuffer, type: string = XLSX_TYPE): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; revoking later lets slow browsers read it first.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
