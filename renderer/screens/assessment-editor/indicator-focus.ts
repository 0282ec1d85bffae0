/** DOM ids of one indicator's parts; framework ids ("P1.3") are valid in ids as they are. */
export function indicatorDomIds(indicatorId: string) {
  const base = `indicator-${indicatorId}`;
  return {
    section: base,
    title: `${base}-title`,
    hint: `${base}-hint`,
    error: `${base}-error`,
    input: `${base}-input`,
    justification: `${base}-justification`,
    note: `${base}-note`,
  };
}

export type FocusTarget = 'heading' | 'value' | 'justification';

/**
 * Moves the keyboard focus to an indicator: to the control that needs attention when there is
 * one (the justification of a red score, an invalid value), else to its heading, from where Tab
 * continues into its controls. Returns false when the indicator is not on screen.
 */
export function focusIndicator(indicatorId: string, target: FocusTarget = 'heading'): boolean {
  const ids = indicatorDomIds(indicatorId);
  const section = document.getElementById(ids.section);
  if (!section) return false;
  const candidates = target === 'justification' ? [ids.justification, ids.title] : target === 'value' ? [ids.input, ids.title] : [ids.title];
  for (const id of candidates) {
    const element = document.getElementById(id);
    if (element instanceof HTMLElement && !(element as HTMLInputElement).disabled) {
      element.focus({ preventScroll: true });
      section.scrollIntoView({ block: 'start' });
      if (document.activeElement === element) return true;
    }
  }
  return false;
}
