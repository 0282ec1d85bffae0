import type { ReactNode } from 'react';

/** What a screen shows in place of an empty list: why it is empty and, as children, the way on. */
export function EmptyState({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p>{message}</p>
      {children}
    </div>
  );
}
