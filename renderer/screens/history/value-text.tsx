import './history.css';
import type { ValueText } from './answer-text';

/** A formatted value with its commentary lines; an empty value is shown muted. */
export function ValueTextView({ value }: { value: ValueText }) {
  return (
    <>
      <span className={value.empty ? 'muted' : undefined}>{value.text}</span>
      {value.details.map((detail, position) => (
        <span key={position} className="value-detail">
          {detail}
        </span>
      ))}
    </>
  );
}
