import type { TFunction } from 'i18next';
import type { Answer } from '../../../shared/assessment/answer';
import type { Language } from '../../../shared/i18n/languages';
import type { OfficeReportData, ReportEvidenceFile, ReportIndicator } from '../../../shared/reports/office-report-data';
import type { IndicatorScore } from '../../../shared/scoring/assessment-score';
import { coveredCountriesOf, coveredCountriesText } from '../../countries/covered-countries';
import { formatFileSize } from '../../i18n/format';
import { describeAnswer } from '../../screens/assessment-editor/answer-text';
import { formatCoverage } from '../../screens/assessment-editor/number-format';
import { bandWord, indicatorLabel, mediaTypeLabel, perspectiveLabel, scoreText } from './office-report-format';

interface IndicatorsProps {
  data: OfficeReportData;
  t: TFunction;
  language: Language;
}

/** The value in words, as the questionnaire shows it; covered countries say which are resident. */
function answerWords(indicator: ReportIndicator, answer: Answer | undefined, language: Language, t: TFunction): string {
  if (answer?.state === 'answered' && indicator.input.type === 'countries') return coveredCountriesText(coveredCountriesOf(answer), language, t);
  return describeAnswer(indicator, answer, language, t);
}

/** The band's word, or why there is no score (context indicator, not applicable, don't know, blank, invalid). */
function bandOrStatus(score: IndicatorScore | undefined, t: TFunction): string {
  if (!score) return t('reports.office.indicators.status.blank');
  return score.status === 'scored' ? bandWord(score.band, t) : t(`reports.office.indicators.status.${score.status}`);
}

function EvidenceList({ files, language, t }: { files: readonly ReportEvidenceFile[]; language: Language; t: TFunction }) {
  return (
    <ul className="office-evidence">
      {files.map((file, index) => (
        <li key={index}>
          <bdi className="office-evidence-name">{file.fileName}</bdi>{' '}
          <span className="office-evidence-type">{t('reports.office.indicators.evidenceDetails', { type: mediaTypeLabel(file.mediaType), size: formatFileSize(file.sizeBytes, language) })}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Every indicator, perspective by perspective: its value, score, band (or why it has none),
 * justification, note and evidence files. One table per perspective, whose header repeats on
 * every page it runs onto and whose rows are never split (report.css).
 */
export function OfficeIndicators({ data, t, language }: IndicatorsProps) {
  const scores = new Map(data.score.indicators.map((score) => [score.indicatorId, score]));
  const perspectiveScores = new Map(data.score.perspectives.map((score) => [score.perspectiveId, score]));
  const evidence = new Map(data.evidence.map((group) => [group.indicatorId, group.files]));
  const answers = data.document.answers;
  const own = (id: string): Answer | undefined => (Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined);

  return (
    <section className="report-section office-indicators" aria-labelledby="office-indicators-heading">
      <h2 id="office-indicators-heading">{t('reports.office.indicators.heading')}</h2>
      {data.framework.perspectives.map((perspective) => {
        const score = perspectiveScores.get(perspective.id);
        const label = perspectiveLabel(perspective, perspective.id, language);
        return (
          <div key={perspective.id} className="office-perspective" data-perspective={perspective.id}>
            <h3>{label}</h3>
            <p className="office-perspective-score">
              {t('reports.office.indicators.perspectiveScore', {
                score: scoreText(score?.score ?? null, language),
                band: bandWord(score?.band ?? 'insufficient_data', t),
                coverage: formatCoverage(score?.coverage ?? 0, language),
              })}
            </p>
            <table className="report-table office-indicator-table">
              <caption className="report-small">{t('reports.office.indicators.caption', { perspective: label })}</caption>
              <colgroup>
                <col className="col-indicator" />
                <col className="col-answer" />
                <col className="col-score" />
                <col className="col-band" />
                <col className="col-commentary" />
                <col className="col-evidence" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('reports.office.indicators.indicator')}</th>
                  <th scope="col">{t('reports.office.indicators.answer')}</th>
                  <th scope="col" className="num">
                    {t('reports.office.indicators.score')}
                  </th>
                  <th scope="col">{t('reports.office.indicators.band')}</th>
                  <th scope="col">{t('reports.office.indicators.commentary')}</th>
                  <th scope="col">{t('reports.office.indicators.evidence')}</th>
                </tr>
              </thead>
              <tbody>
                {perspective.indicators.map((indicator) => {
                  const answer = own(indicator.id);
                  const indicatorScore = scores.get(indicator.id);
                  const files = evidence.get(indicator.id) ?? [];
                  return (
                    <tr key={indicator.id} data-indicator={indicator.id}>
                      <th scope="row">{indicatorLabel(indicator, indicator.id, language)}</th>
                      <td>{answerWords(indicator, answer, language, t)}</td>
                      <td className="num">{scoreText(indicatorScore?.score ?? null, language)}</td>
                      <td>{bandOrStatus(indicatorScore, t)}</td>
                      <td className="office-commentary">
                        {answer?.justification?.trim() && <p>{t('answerValue.justification', { text: answer.justification.trim() })}</p>}
                        {answer?.note?.trim() && <p>{t('answerValue.note', { text: answer.note.trim() })}</p>}
                      </td>
                      <td>{files.length > 0 ? <EvidenceList files={files} language={language} t={t} /> : null}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
