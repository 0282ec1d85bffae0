import { Fragment, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TWO_TIER_OPTIONS } from '../../../shared/office/office-profile';
import type { PictureRow, SetPicture } from '../../../shared/picture/picture-types';
import { routeHref } from '../../app/route';
import { usePictureStore } from '../../state/stores-context';
import { OfficeTypeDetails } from '../office-type/office-type-details';
import '../office-type/office-type.css';
import { scopeName, type PictureFormats } from './picture-format';
import { usePictureFramework } from './use-picture-framework';

type Show = 'all' | 'differs' | 'flagged';

function differenceKey(differs: boolean | null): string {
  return differs === true ? 'officeType.differs' : differs === false ? 'officeType.matches' : 'officeType.cannotCompare';
}

/**
 * Office type across the set: how many offices each tier of the two-tier model is suggested for,
 * computed against the whole comparison set (the top-third rule reads the other offices of the
 * region and cycle); for every office the rule that applies, how the suggestion compares with its
 * current and proposed tier, and the cases a person must review. "Rules and numbers" opens the
 * same explanation the office sees on its own overview (office-type-details.tsx).
 */
export function TypesView({ picture, formats }: { picture: SetPicture; formats: PictureFormats }) {
  const { t } = useTranslation();
  const id = useId();
  const framework = usePictureFramework(picture);
  const selected = usePictureStore((state) => state.selectedOfficeId);
  const selectOffice = usePictureStore((state) => state.selectOffice);
  const [show, setShow] = useState<Show>('all');
  const { typology } = picture;
  const differing = useMemo(() => new Set(typology.differs.map((entry) => entry.officeId)), [typology]);
  const flagged = useMemo(() => new Set(typology.flagged.map((entry) => entry.officeId)), [typology]);
  const rows = useMemo(
    () =>
      [...picture.rows]
        .filter((row) => show === 'all' || (show === 'differs' ? differing.has(row.officeId) : flagged.has(row.officeId)))
        .sort((a, b) => formats.collator.compare(a.officeCode, b.officeCode)),
    [picture.rows, show, differing, flagged, formats],
  );
  const scope = scopeName(t, picture.scope);
  const tier = (value: string | null) => (value === null ? t('picture.suggested.undecided') : t(`twoTier.${value}`));

  return (
    <section className="panel picture-types" aria-labelledby={`${id}-title`} data-testid="picture-types">
      <h2 id={`${id}-title`}>{t('picture.types.title')}</h2>
      <p className="hint">{t('picture.types.intro')}</p>
      <ul className="summary-counts picture-type-counts" aria-label={t('picture.types.countsLabel')} data-testid="picture-type-counts">
        {[...TWO_TIER_OPTIONS, 'undecided' as const].map((option) => (
          <li key={option} data-tier={option}>
            {option === 'undecided' ? t('picture.suggested.undecided') : t(`twoTier.${option}`)}: {formats.integer(typology.suggested[option])}
          </li>
        ))}
        <li data-count="differs">{t('picture.types.differsCount', { offices: formats.integer(typology.differs.length) })}</li>
        <li data-count="flagged">{t('picture.types.flaggedCount', { offices: formats.integer(typology.flagged.length) })}</li>
      </ul>
      <fieldset className="picture-types-show">
        <legend>{t('picture.types.show')}</legend>
        {(['all', 'differs', 'flagged'] as const).map((option) => (
          <label key={option} className="radio-inline">
            <input type="radio" name={`${id}-show`} value={option} checked={show === option} onChange={() => setShow(option)} /> {t(`picture.types.showOption.${option}`)}
          </label>
        ))}
      </fieldset>
      <div className="table-scroll">
        <table className="data-table types-table" data-testid="types-table">
          <caption>{t('picture.types.caption', { scope, offices: formats.integer(rows.length) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('picture.column.office')}</th>
              <th scope="col">{t('picture.column.currentTier')}</th>
              <th scope="col">{t('picture.types.proposed')}</th>
              <th scope="col">{t('picture.column.suggestedTier')}</th>
              <th scope="col">{t('picture.types.rule')}</th>
              <th scope="col">{t('picture.types.flags')}</th>
              <th scope="col">{t('picture.column.details')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <TypeRow key={row.officeId} row={row} open={row.officeId === selected} onToggle={selectOffice} framework={framework} tier={tier} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function TypeRow({ row, open, onToggle, framework, tier }: {
  row: PictureRow;
  open: boolean;
  onToggle: (officeId: string | null) => void;
  framework: ReturnType<typeof usePictureFramework>;
  tier: (value: string | null) => string;
}) {
  const { t } = useTranslation();
  const { recommendation } = row;
  const fired = recommendation.rules.find((rule) => rule.fired === true);
  const detailId = `type-detail-${row.officeId}`;
  return (
    <Fragment>
      <tr data-office={row.officeCode} data-suggested={recommendation.suggestedTier ?? 'undecided'}>
        <th scope="row">
          <a href={routeHref({ screen: 'hubOffice', assessmentId: row.assessmentId })}>
            <bdi className="office-code">{row.officeCode}</bdi>
            <span className="office-name">{row.officeName}</span>
          </a>
        </th>
        <td>
          {t(`tier.${row.currentTier}`)}
          {recommendation.currentEquivalent && <span className="type-note">{t('officeType.equivalent', { tier: t(`twoTier.${recommendation.currentEquivalent}`) })}</span>}
          <span className="type-note" data-differs-current={String(recommendation.differsFromCurrent)}>
            {t(differenceKey(recommendation.differsFromCurrent))}
          </span>
        </td>
        <td>
          {row.proposedTier ? t(`twoTier.${row.proposedTier}`) : <span className="muted">{t('officeType.notAnswered')}</span>}
          {row.proposedTier && (
            <span className="type-note" data-differs-proposed={String(recommendation.differsFromProposed)}>
              {t(differenceKey(recommendation.differsFromProposed))}
            </span>
          )}
        </td>
        <td>
          <strong>{tier(recommendation.suggestedTier)}</strong>
        </td>
        <td>{fired ? t(fired.messageKey) : <span className="muted">{t('picture.types.noRule')}</span>}</td>
        <td data-flags={recommendation.reviewFlags.map((flag) => flag.flag).join(' ')}>
          {recommendation.reviewFlags.length === 0 ? (
            <span className="muted">{t('picture.types.noFlag')}</span>
          ) : (
            <ul className="plain-list">
              {recommendation.reviewFlags.map((flag) => (
                <li key={flag.flag}>{t(`picture.types.flag.${flag.flag}`)}</li>
              ))}
            </ul>
          )}
        </td>
        <td>
          <button type="button" className="button-link" aria-expanded={open} aria-controls={open ? detailId : undefined} onClick={() => onToggle(open ? null : row.officeId)}>
            {t('picture.types.details', { office: row.officeCode })}
          </button>
        </td>
      </tr>
      {open && (
        <tr className="detail-row">
          <td colSpan={7} id={detailId} className="office-type-panel">
            <OfficeTypeDetails result={row} framework={framework} />
          </td>
        </tr>
      )}
    </Fragment>
  );
}
