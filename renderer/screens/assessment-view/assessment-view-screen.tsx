import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { countryName } from '../../countries/country-names';
import { formatDateTime, formatInteger, formatYear } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentsStore } from '../../state/stores-context';

export function AssessmentViewScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const current = useAssessmentsStore((state) => (state.current?.id === id ? state.current : null));
  const currentError = useAssessmentsStore((state) => (state.currentId === id ? state.currentError : null));
  const open = useAssessmentsStore((state) => state.open);

  useEffect(() => {
    void open(id);
  }, [open, id]);

  const backLink = (
    <p className="back-link">
      <a href={routeHref({ screen: 'list' })}>{t('nav.backToList')}</a>
    </p>
  );

  if (!current) {
    return (
      <section className="screen">
        {backLink}
        <ScreenHeading text={t('view.title')} />
        {currentError ? (
          <ErrorAlert error={currentError} />
        ) : (
          <p role="status" className="loading">
            {t('app.loading')}
          </p>
        )}
      </section>
    );
  }

  const notRecorded = <span className="muted">{t('view.notRecorded')}</span>;
  const office = current.office;

  return (
    <section className="screen">
      {backLink}
      <ScreenHeading text={office.name} />
      <div className="panels">
        <section className="panel" aria-labelledby="office-profile-heading">
          <h2 id="office-profile-heading">{t('view.officeProfile')}</h2>
          <dl className="facts">
            <Fact term={t('view.field.officeName')}>{office.name}</Fact>
            <Fact term={t('view.field.officeCode')}>{office.code ? <span dir="ltr">{office.code}</span> : notRecorded}</Fact>
            <Fact term={t('view.field.currentTier')}>{t(`tier.${office.currentTier}`)}</Fact>
            <Fact term={t('view.field.region')}>{t(`region.${office.region}`)}</Fact>
            <Fact term={t('view.field.hostCountry')}>
              {countryName(office.hostCountry, language) ?? office.hostCountry}{' '}
              <span className="muted" dir="ltr">
                ({office.hostCountry})
              </span>
            </Fact>
          </dl>
        </section>
        <section className="panel" aria-labelledby="assessment-heading">
          <h2 id="assessment-heading">{t('view.assessment')}</h2>
          <dl className="facts">
            <Fact term={t('view.field.cycle')}>{formatYear(current.cycle, language)}</Fact>
            <Fact term={t('view.field.assessor')}>{current.assessor ?? notRecorded}</Fact>
            <Fact term={t('view.field.status')}>
              <span className={`status status-${current.status}`}>{t(`status.${current.status}`)}</span>
            </Fact>
            <Fact term={t('view.field.revision')}>{formatInteger(current.revision, language)}</Fact>
            <Fact term={t('view.field.framework')}>
              {t('view.frameworkValue', { id: current.framework.id, version: current.framework.version })}
            </Fact>
            <Fact term={t('view.field.created')}>{formatDateTime(current.createdAt, language)}</Fact>
            <Fact term={t('view.field.updated')}>{formatDateTime(current.updatedAt, language)}</Fact>
          </dl>
        </section>
      </div>
      <p className="callout">{t('view.questionnaireNext')}</p>
    </section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
