import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/api/app-error';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import type { Framework } from '../../../shared/framework/framework-schema';
import { DataTable } from '../../app/data-table';
import { LoadState } from '../../app/load-state';
import { routeHref } from '../../app/route';
import { formatInteger, formatYear } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ValueTextView } from '../history/value-text';
import { cycleChanges } from './cycle-changes';

/** What differs from the previous cycle this draft was started from: the profile, then the answers. */
export function CycleChangesPanel({
  document,
  previous,
  framework,
  error,
}: {
  document: AssessmentDocument;
  previous: AssessmentDocument | null;
  framework: Framework | null;
  error: AppErrorData | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const changes = useMemo(
    () => (previous ? cycleChanges(previous, document, framework, language, t) : null),
    [previous, document, framework, language, t],
  );
  const previousCycle = previous ? formatYear(previous.cycle, language) : '';
  const heading = previous ? t('cycleChanges.title', { cycle: previousCycle }) : t('cycleChanges.titlePending');

  return (
    <section className="panel panel-wide" aria-labelledby="cycle-changes-heading">
      <h2 id="cycle-changes-heading">{heading}</h2>
      <LoadState loaded={previous !== null} error={error} />
      {previous && changes && (
        <>
          <p>
            <a href={routeHref({ screen: 'assessment', id: previous.id })}>
              {t('cycleChanges.openPrevious', { cycle: previousCycle })}
            </a>
          </p>
          {changes.length === 0 ? (
            <p className="muted">{t('cycleChanges.none', { cycle: previousCycle })}</p>
          ) : (
            <>
              <p>{t('cycleChanges.count', { total: formatInteger(changes.length, language) })}</p>
              <DataTable
                caption={heading}
                columns={[
                  t('cycleChanges.column.what'),
                  t('cycleChanges.column.cycle', { cycle: previousCycle }),
                  t('cycleChanges.column.cycle', { cycle: formatYear(document.cycle, language) }),
                ]}
              >
                {changes.map((change) => (
                  <tr key={change.key}>
                    <th scope="row">
                      {change.indicatorId && change.perspectiveId ? (
                        <a
                          href={routeHref({
                            screen: 'editor',
                            id: document.id,
                            perspectiveId: change.perspectiveId,
                            indicatorId: change.indicatorId,
                          })}
                        >
                          {change.what}
                        </a>
                      ) : (
                        change.what
                      )}
                    </th>
                    <td>
                      <ValueTextView value={change.before} />
                    </td>
                    <td>
                      <ValueTextView value={change.after} />
                    </td>
                  </tr>
                ))}
              </DataTable>
            </>
          )}
        </>
      )}
    </section>
  );
}
