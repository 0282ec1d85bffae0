import { useState } from 'react';

/**
 * The text of a field the user types into, kept in step with the stored value it stands for.
 * Typing updates the store at once (the edit is queued), so the stored value follows the text;
 * when the stored value changes for another reason (undo, redo, reload), the text is replaced,
 * unless it already says the same thing ("1,50" and 1.5 are the same number).
 */
export function useSyncedText<Stored>(
  stored: Stored,
  toText: (stored: Stored) => string,
  sameAs: (text: string, stored: Stored) => boolean,
  /** Changing this (e.g. the language) re-writes the text from the stored value. */
  context = '',
): [string, (text: string) => void] {
  const [text, setText] = useState(() => toText(stored));
  const [seen, setSeen] = useState({ stored, context });
  if (!Object.is(seen.stored, stored) || seen.context !== context) {
    // Adjusting state while rendering (React's "storing information from previous renders").
    setSeen({ stored, context });
    if (seen.context !== context || !sameAs(text, stored)) setText(toText(stored));
  }
  return [text, setText];
}
