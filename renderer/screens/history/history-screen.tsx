// Placeholder wired into the router; replaced by the history view.
export function HistoryScreen(_props: { id: string; indicatorId?: string }) {
  return null;
}
