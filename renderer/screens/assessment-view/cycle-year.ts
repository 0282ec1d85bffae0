import { cycleYearSchema } from '../../../shared/office/office-profile';

/** The year typed, checked with the backend's own schema; null while it is not a valid cycle. */
export function parseCycleYear(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return null;
  const parsed = cycleYearSchema.safeParse(Number(trimmed));
  return parsed.success ? parsed.data : null;
}
