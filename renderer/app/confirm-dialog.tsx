import { useEffect, useId, useRef, type ReactNode } from 'react';
import { keepTabInside } from './dialog-focus';

/**
 * "Are you sure?" for a decision that matters (accept or reject an office's key, keep one
 * revision): a modal dialog — the page behind is inert, Tab stays inside, Escape cancels — that
 * says what will happen, may hold fields (children), and is confirmed with a button named
 * after the action. While `busy`, nothing can be pressed and Escape does nothing. The focus goes
 * back to what opened it when it closes, if that is still on the page.
 */
export function ConfirmDialog({
  title,
  confirmLabel,
  cancelLabel,
  busy = false,
  onConfirm,
  onCancel,
  message,
  children,
}: {
  title: string;
  /** What will happen: the dialog's description. */
  message: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
  /** Fields (who decides, a note), after the description. */
  children?: ReactNode;
}) {
  const titleId = useId();
  const bodyId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The harmless choice first: Enter on an unread dialog does nothing irreversible.
    cancelRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // Disabled buttons drop the focus: keep it in the dialog while the decision is sent.
  useEffect(() => {
    if (busy) dialogRef.current?.focus();
  }, [busy]);

  return (
    <dialog
      ref={dialogRef}
      className="modal confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      tabIndex={-1}
      onKeyDown={(event) => keepTabInside(event, dialogRef.current)}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form
        noValidate
        aria-busy={busy}
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onConfirm();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div id={bodyId} className="confirm-body">
          {message}
        </div>
        {children}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {confirmLabel}
          </button>
          <button ref={cancelRef} type="button" className="button" disabled={busy} onClick={onCancel}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
