import type { KeyboardEvent } from 'react';

/** What Tab may land on in a dialog; a caller may add more (the evidence viewer's PDF frame). */
export const DIALOG_FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * Tab and Shift+Tab wrap around inside a modal dialog (the page behind is inert, so the browser
 * would otherwise move the focus to its own chrome). With nothing focusable, Tab stays put.
 */
export function keepTabInside(event: KeyboardEvent<HTMLDialogElement>, dialog: HTMLDialogElement | null, focusable = DIALOG_FOCUSABLE): void {
  if (event.key !== 'Tab' || !dialog) return;
  const candidates = [...dialog.querySelectorAll<HTMLElement>(focusable)].filter((element) => element.getClientRects().length > 0);
  const first = candidates[0];
  const last = candidates.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
