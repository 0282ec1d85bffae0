import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../../shared/api/app-error';
import { DataTable } from '../../app/data-table';

/**
 * Every problem of a refused framework file with its place: a cell as Excel names it
 * ("indicators!O12 (weight)") or a JSON path. The checker writes its explanations in English.
 */
export function ImportProblems({ fileName, problems }: { fileName: string; problems: readonly FieldProblem[] }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="hint">{t('frameworks.problems.englishNote')}</p>
      <DataTable
        className="import-problems"
        caption={t('frameworks.problems.caption', { fileName })}
        showCaption
        columns={[t('frameworks.problems.location'), t('frameworks.problems.message')]}
      >
        {problems.map((problem, index) => (
          <tr key={index}>
            <td>{problem.path === '' ? t('frameworks.problems.wholeFile') : <code dir="ltr">{problem.path}</code>}</td>
            <td lang="en" dir="ltr">
              {problem.message}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
