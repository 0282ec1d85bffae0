import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/i18n/languages';
import type { OfficeReportData } from '../../../shared/reports/office-report-data';
import { formatReportTime, indicatorLabel, isolate } from './office-report-format';

/**
 * The hub's review of this revision, where there is one: its status, who decided and when, and
 * each comment beside the indicator it is about. Absent when no review is known.
 */
export function OfficeReview({ data, t, language }: { data: OfficeReportData; t: TFunction; language: Language }) {
  const review = data.review;
  if (!review) return null;
  const indicators = new Map(data.framework.perspectives.flatMap((perspective) => perspective.indicators.map((indicator) => [indicator.id, indicator] as const)));
  return (
    <section className="report-section office-review" aria-labelledby="office-review-heading">
      <h2 id="office-review-heading">{t('reports.office.review.heading')}</h2>
      <div className="office-review-decision">
        <p>{t(`reports.office.review.status.${review.status}`)}</p>
        {review.hubName && <p>{t('reports.office.review.by', { hub: isolate(review.hubName, language, 'name') })}</p>}
        {review.decidedBy && review.decidedAt && <p>{t('reports.office.review.decided', { person: isolate(review.decidedBy, language, 'name'), date: formatReportTime(review.decidedAt, language) })}</p>}
      </div>
      {review.comments.length === 0 ? (
        <p>{t('reports.office.review.noComments')}</p>
      ) : (
        <table className="report-table office-review-table">
          <colgroup>
            <col className="col-indicator" />
            <col className="col-comment" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('reports.office.indicators.indicator')}</th>
              <th scope="col">{t('reports.office.review.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {review.comments.map((comment) => (
              <tr key={comment.indicatorId} data-indicator={comment.indicatorId}>
                <th scope="row">{indicatorLabel(indicators.get(comment.indicatorId), comment.indicatorId, language)}</th>
                <td className="office-commentary">{comment.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
