import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { countryName } from '../../countries/country-names';
import { formatDateTime, formatYear } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentsStore } from '../../state/stores-context';

export function AssessmentListScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useAssessmentsStore((state) => state.list);
  const listError = useAssessmentsStore((state) => state.listError);
  const loadList = useAssessmentsStore((state) => state.loadList);

  // The database is the source of truth: re-read it every time the list is shown.
  useEffect(() => {
    void loadList();
  }, [loadList]);

  const newLink = (
    <a className="button button-primary" href={routeHref({ screen: 'new' })}>
      {t('list.new')}
    </a>
  );

  return (
    <section className="screen">
      <div className="screen-title-row">
        <ScreenHeading text={t('list.title')} />
        {list && list.length > 0 && newLink}
      </div>
      {listError && (
        <ErrorAlert error={listError}>
          <button type="button" className="button" onClick={() => void loadList()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {list === null && !listError && (
        <p role="status" className="loading">
          {t('app.loading')}
        </p>
      )}
      {list && list.length === 0 && (
        <div className="empty-state">
          <p>{t('list.empty')}</p>
          {newLink}
        </div>
      )}
      {list && list.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.column.office')}</th>
                <th scope="col">{t('list.column.hostCountry')}</th>
                <th scope="col">{t('list.column.cycle')}</th>
                <th scope="col">{t('list.column.status')}</th>
                <th scope="col">{t('list.column.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((assessment) => (
                <tr key={assessment.id}>
                  <th scope="row">
                    <a href={routeHref({ screen: 'assessment', id: assessment.id })}>{assessment.officeName}</a>
                    {assessment.officeCode && (
                      <span className="office-code">
                        <bdi>{assessment.officeCode}</bdi>
                      </span>
                    )}
                  </th>
                  <td>{countryName(assessment.hostCountry, language) ?? assessment.hostCountry}</td>
                  <td>{formatYear(assessment.cycle, language)}</td>
                  <td>
                    <span className={`status status-${assessment.status}`}>{t(`status.${assessment.status}`)}</span>
                  </td>
                  <td>{formatDateTime(assessment.updatedAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
