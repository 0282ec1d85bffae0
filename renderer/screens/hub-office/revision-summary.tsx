import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubAssessmentView } from '../../../shared/api/hub-office-contract';
import { DataTable } from '../../app/data-table';
import { countryName } from '../../countries/country-names';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { localizedString } from '../assessment-editor/localized-text';
import { formatCoverage, formatScore } from '../assessment-editor/number-format';
import { BandLabel } from '../assessment-editor/score-badge';
import { Fact } from '../assessment-view/fact';
import { FingerprintText } from '../hub/fingerprint-text';
import { officeStateKey } from '../hub/import-status';

/** Who sent the revision, who signed it, how it reached this hub: the provenance a reviewer checks first. */
export function RevisionFacts({ view }: { view: HubAssessmentView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const { document, framework, received } = view;
  const host = countryName(document.office.hostCountry, language);
  return (
    <section className="panel hub-office-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('hubOffice.facts.heading')}</h2>
      <dl className="facts">
        <Fact term={t('view.field.officeCode')}>
          <bdi>{document.office.code ?? t('view.notRecorded')}</bdi>
        </Fact>
        <Fact term={t('view.field.region')}>{t(`region.${document.office.region}`)}</Fact>
        <Fact term={t('view.field.currentTier')}>{t(`tier.${document.office.currentTier}`)}</Fact>
        <Fact term={t('view.field.hostCountry')}>{host ? `${host} (${document.office.hostCountry})` : document.office.hostCountry}</Fact>
        <Fact term={t('view.field.assessor')}>{document.assessor ? <bdi>{document.assessor}</bdi> : t('view.notRecorded')}</Fact>
        <Fact term={t('hubOffice.facts.submitted')}>
          {document.submittedAt ? <time dateTime={document.submittedAt}>{formatDateTime(document.submittedAt, language)}</time> : t('view.notRecorded')}
        </Fact>
        <Fact term={t('view.field.framework')}>
          {localizedString(framework.title, language) || framework.id} ({t('view.frameworkValue', { id: framework.id, version: framework.version })})
        </Fact>
        <Fact term={t('hubOffice.facts.state')}>
          <span data-testid="hub-office-state">{t(officeStateKey(view.state))}</span>
        </Fact>
        <Fact term={t('hubOffice.facts.signer')}>
          <FingerprintText fingerprint={view.fingerprint} />
        </Fact>
        <Fact term={t('hubOffice.facts.package')}>
          <bdi className="file-name package-sha" dir="ltr" translate="no">
            {view.packageSha256}
          </bdi>
        </Fact>
        <Fact term={t('hubOffice.facts.received')}>
          <time dateTime={received.at}>{formatDateTime(received.at, language)}</time>
        </Fact>
        <Fact term={t('hubOffice.facts.receivedBy')}>
          <bdi>{received.by}</bdi>
        </Fact>
        <Fact term={t('hubOffice.facts.receivedFrom')}>
          <bdi className="file-name">{received.from}</bdi>
        </Fact>
        {received.via && (
          <Fact term={t('hubOffice.facts.via')}>
            <FingerprintText fingerprint={received.via} />
          </Fact>
        )}
      </dl>
    </section>
  );
}

/** The overall score and each perspective's, with the band in words and the coverage. */
export function RevisionScores({ view }: { view: HubAssessmentView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const { score, framework } = view;
  const titles = new Map(framework.perspectives.map((perspective) => [perspective.id, localizedString(perspective.title, language) || perspective.id]));
  const overall = score.overall;
  return (
    <section className="panel hub-office-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('hubOffice.scores.heading')}</h2>
      <p className="hub-office-overall" data-testid="hub-office-overall">
        <span className="score-label">{t('hubOffice.scores.overall')}</span>{' '}
        {overall.score !== null && <strong className="score-value">{formatScore(overall.score, language)}</strong>} <BandLabel band={overall.band} />{' '}
        <span className="muted">{t('hubOffice.scores.coverage', { coverage: formatCoverage(overall.coverage, language) })}</span>
      </p>
      <DataTable
        className="hub-office-scores"
        caption={t('hubOffice.scores.caption')}
        columns={[t('hubOffice.scores.column.perspective'), t('hubOffice.scores.column.score'), t('hubOffice.scores.column.band'), t('hubOffice.scores.column.coverage')]}
      >
        {score.perspectives.map((perspective) => (
          <tr key={perspective.perspectiveId} data-perspective={perspective.perspectiveId}>
            <th scope="row">
              {perspective.perspectiveId} {titles.get(perspective.perspectiveId) ?? ''}
            </th>
            <td className="score-cell">{perspective.score !== null ? formatScore(perspective.score, language) : <span className="muted">{t('hubOffice.scores.none')}</span>}</td>
            <td>
              <BandLabel band={perspective.band} />
            </td>
            <td>{formatCoverage(perspective.coverage, language)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
