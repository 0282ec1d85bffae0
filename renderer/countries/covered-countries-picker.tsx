import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoveredCountry } from '../../shared/assessment/answer';
import { DataTable } from '../app/data-table';
import { formatInteger } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { CountryCombobox } from './country-combobox';
import { countryName } from './country-names';
import { sortCoveredCountries, type CoveredCountriesEdit } from './covered-countries';

interface CoveredCountriesPickerProps {
  /** Prefix for element ids (one picker per page, but ids must not collide with the profile form). */
  id: string;
  countries: readonly CoveredCountry[];
  hostCountry: string;
  /** A submitted revision: the list is shown, not edited. */
  readOnly: boolean;
  /** Saves one edit; false when it was refused (the caller shows why). */
  onEdit(edit: CoveredCountriesEdit): Promise<boolean>;
}

/**
 * The countries the office covers: search and add (host country resident by default), mark each
 * resident or not, remove. Every change is saved at once and announced, so a screen-reader user
 * hears what happened without leaving the field.
 */
export function CoveredCountriesPicker({ id, countries, hostCountry, readOnly, onEdit }: CoveredCountriesPickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [announcement, setAnnouncement] = useState('');
  const searchId = `${id}-search`;
  const hintId = `${id}-hint`;

  const sorted = useMemo(() => sortCoveredCountries(countries, hostCountry, language), [countries, hostCountry, language]);
  const chosen = useMemo(() => new Set(countries.map((entry) => entry.code)), [countries]);
  const name = (code: string) => countryName(code, language) ?? code;
  const residentTotal = countries.filter((entry) => entry.resident).length;

  const edit = async (change: CoveredCountriesEdit, message: string) => {
    setAnnouncement('');
    if (await onEdit(change)) setAnnouncement(message);
  };

  const add = (code: string) => {
    if (!code || chosen.has(code)) return;
    const resident = code === hostCountry;
    void edit(
      { kind: 'add', code },
      t(resident ? 'coveredCountries.addedResident' : 'coveredCountries.added', { country: name(code) }),
    );
  };

  const remove = (code: string) => {
    // The row and its button disappear: put the focus somewhere that stays.
    document.getElementById(searchId)?.focus();
    void edit({ kind: 'remove', code }, t('coveredCountries.removed', { country: name(code) }));
  };

  return (
    <div className="covered-countries">
      {!readOnly && (
        <div className="covered-add">
          <div className="form-field">
            <label htmlFor={searchId}>{t('coveredCountries.addLabel')}</label>
            <p id={hintId} className="hint">
              {t('coveredCountries.addHint')}
            </p>
            <CountryCombobox
              id={searchId}
              value=""
              mode="add"
              exclude={chosen}
              listLabel={t('coveredCountries.addLabel')}
              describedBy={hintId}
              onChange={add}
            />
          </div>
          {hostCountry && !chosen.has(hostCountry) && (
            <button type="button" className="button" onClick={() => add(hostCountry)}>
              {t('coveredCountries.addHost', { country: name(hostCountry) })}
            </button>
          )}
        </div>
      )}

      {sorted.length === 0 ? (
        <p className="muted">{t('coveredCountries.none')}</p>
      ) : (
        <>
          <p className="covered-summary">
            {t('coveredCountries.summary', {
              total: formatInteger(countries.length, language),
              resident: formatInteger(residentTotal, language),
            })}
          </p>
          <DataTable
            className="covered-table"
            caption={t('coveredCountries.caption')}
            columns={[
              t('coveredCountries.column.country'),
              t('coveredCountries.column.code'),
              t('coveredCountries.column.resident'),
              ...(readOnly ? [] : [<span className="visually-hidden">{t('coveredCountries.column.actions')}</span>]),
            ]}
          >
            {sorted.map((entry) => (
              <tr key={entry.code}>
                <th scope="row">
                  {name(entry.code)}
                  {entry.code === hostCountry && <span className="tag">{t('coveredCountries.hostTag')}</span>}
                </th>
                <td>
                  <span dir="ltr" className="option-code">
                    {entry.code}
                  </span>
                </td>
                <td>
                  {readOnly ? (
                    entry.resident ? (
                      t('coveredCountries.resident')
                    ) : (
                      t('coveredCountries.nonResident')
                    )
                  ) : (
                    <label className="checkbox-label">
                      <input
                        type="checkbox"
                        checked={entry.resident}
                        aria-label={t('coveredCountries.residentIn', { country: name(entry.code) })}
                        onChange={(event) => {
                          const resident = event.target.checked;
                          void edit(
                            { kind: 'resident', code: entry.code, resident },
                            t(resident ? 'coveredCountries.nowResident' : 'coveredCountries.nowNonResident', {
                              country: name(entry.code),
                            }),
                          );
                        }}
                      />
                      <span aria-hidden="true">{t('coveredCountries.resident')}</span>
                    </label>
                  )}
                </td>
                {!readOnly && (
                  <td>
                    <button type="button" className="button button-small" onClick={() => remove(entry.code)}>
                      {t('coveredCountries.remove')}
                      <span className="visually-hidden"> {name(entry.code)}</span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </DataTable>
        </>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
