import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { countryName, countryOptions, exactCountry, matchCountries } from './country-names';

interface CountryComboboxProps {
  id: string;
  /** ISO alpha-3 code, '' when none is chosen. Always '' in "add" mode. */
  value: string;
  onChange(code: string): void;
  onBlur?(): void;
  /** Accessible name of the popup list: the field's label. */
  listLabel: string;
  invalid?: boolean;
  describedBy?: string;
  /**
   * "select" (one country, like a select): the field shows the chosen name, and leaving it keeps
   * a name typed in full and otherwise clears the choice. "add" (a picker of several): each
   * choice is handed over and the field empties for the next one; leaving it adds nothing.
   */
  mode?: 'select' | 'add';
  /** Codes not offered (in "add" mode, those already chosen). */
  exclude?: ReadonlySet<string>;
  disabled?: boolean;
}

/**
 * A searchable list of the countries and areas of UN M49, named in the current language (ARIA 1.2
 * combobox with a listbox popup). Typing filters by name or code in any script; arrows move;
 * Enter or a click chooses; Escape closes and forgets what was typed.
 */
export function CountryCombobox({
  id,
  value,
  onChange,
  onBlur,
  listLabel,
  invalid = false,
  describedBy,
  mode = 'select',
  exclude,
  disabled = false,
}: CountryComboboxProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const listId = useId();
  const allOptions = countryOptions(language);
  const options = useMemo(
    () => (exclude && exclude.size > 0 ? allOptions.filter((option) => !exclude.has(option.code)) : allOptions),
    [allOptions, exclude],
  );
  const selectedName = mode === 'select' && value ? (countryName(value, language) ?? value) : '';

  const [query, setQuery] = useState<string | null>(null); // null: not editing, show the chosen name
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchCountries(options, query ?? ''), [options, query]);
  const activeOption = open ? matches[active] : undefined;
  const optionId = (code: string) => `${listId}-${code}`;

  const choose = (code: string) => {
    onChange(code);
    setQuery(null);
    setOpen(false);
    setActive(0);
  };

  const openAt = (index: number) => {
    setOpen(true);
    setActive(Math.max(0, Math.min(index, matches.length - 1)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        openAt(open ? active + 1 : Math.max(0, matches.findIndex((option) => option.code === value)));
        break;
      case 'ArrowUp':
        event.preventDefault();
        openAt(open ? active - 1 : 0);
        break;
      case 'Home':
      case 'End':
        if (open) {
          event.preventDefault();
          openAt(event.key === 'Home' ? 0 : matches.length - 1);
        }
        break;
      case 'Enter':
        // Enter chooses from the open list; it must not submit a form half-chosen.
        if (open && activeOption) {
          event.preventDefault();
          choose(activeOption.code);
        }
        break;
      case 'Escape':
        if (open || query !== null) {
          event.preventDefault();
          setOpen(false);
          setQuery(null);
        }
        break;
    }
  };

  return (
    <div className="combobox">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? optionId(activeOption.code) : undefined}
        aria-invalid={invalid}
        aria-describedby={describedBy || undefined}
        value={query ?? selectedName}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (mode === 'select' && query !== null) {
            const exact = exactCountry(options, query);
            onChange(exact ? exact.code : '');
            setQuery(null);
          }
          setOpen(false);
          onBlur?.();
        }}
      />
      <ul id={listId} role="listbox" aria-label={listLabel} className="combobox-list" hidden={!open}>
        {open &&
          matches.map((option, index) => (
            <li
              key={option.code}
              id={optionId(option.code)}
              role="option"
              aria-selected={mode === 'select' ? option.code === value : index === active}
              className={index === active ? 'combobox-option is-active' : 'combobox-option'}
              // Keep the focus in the input so the blur handler does not run before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option.code)}
            >
              <span>{option.name}</span>{' '}
              <span className="option-code" dir="ltr">
                {option.code}
              </span>
            </li>
          ))}
        {open && matches.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="combobox-empty">
            {t('countryPicker.noMatch')}
          </li>
        )}
      </ul>
      <span role="status" className="visually-hidden">
        {open && query !== null ? t('countryPicker.matches', { matchCount: formatInteger(matches.length, language) }) : ''}
      </span>
    </div>
  );
}
