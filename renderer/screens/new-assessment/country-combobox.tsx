import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, countryOptions, exactCountry, matchCountries } from '../../countries/country-names';
import { formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

interface CountryComboboxProps {
  id: string;
  /** ISO alpha-3 code, '' when none is chosen. */
  value: string;
  onChange(code: string): void;
  onBlur(): void;
  invalid: boolean;
  describedBy: string;
}

/**
 * A searchable select over all ISO 3166-1 countries, named in the current language (ARIA 1.2
 * combobox with a listbox popup). Typing filters; arrows move; Enter or a click chooses; leaving
 * the field keeps a name typed in full and otherwise clears the choice.
 */
export function CountryCombobox({ id, value, onChange, onBlur, invalid, describedBy }: CountryComboboxProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const listId = useId();
  const statusId = useId();
  const options = countryOptions(language);
  const selectedName = value ? (countryName(value, language) ?? value) : '';

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
        // Enter chooses from the open list; it must not submit the form half-chosen.
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
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? optionId(activeOption.code) : undefined}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        value={query ?? selectedName}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (query !== null) {
            const exact = exactCountry(options, query);
            onChange(exact ? exact.code : '');
            setQuery(null);
          }
          setOpen(false);
          onBlur();
        }}
      />
      <ul id={listId} role="listbox" aria-label={t('form.hostCountry.label')} className="combobox-list" hidden={!open}>
        {open &&
          matches.map((option, index) => (
            <li
              key={option.code}
              id={optionId(option.code)}
              role="option"
              aria-selected={option.code === value}
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
            {t('form.hostCountry.noMatch')}
          </li>
        )}
      </ul>
      <span id={statusId} role="status" className="visually-hidden">
        {open && query !== null ? t('form.hostCountry.matches', { matchCount: formatInteger(matches.length, language) }) : ''}
      </span>
    </div>
  );
}
