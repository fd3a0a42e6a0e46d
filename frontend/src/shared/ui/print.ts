/**
 * Printing a page with its source footer (PrintSource.tsx). The footer's code arrives after the page, so the
 * page's Print button only calls `printPage()`, and the footer, once loaded, says how to get ready.
 */
let prepare: (() => Promise<void>) | null = null;

/** Called by the footer while it is on screen; answers a function that takes it back. */
export function registerPrintPreparer(fn: () => Promise<void>): () => void {
  prepare = fn;
  return () => {
    if (prepare === fn) prepare = null;
  };
}

/** Draws the footer's QR code and date, then opens the browser's print dialog. */
export async function printPage(): Promise<void> {
  await prepare?.();
  window.print();
}
