import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { REGIONS, type Region } from '../../../shared/office/office-profile';
import { PAPERS, type Paper } from '../../../shared/reports/report-input';

export interface ReportChoice {
  language: Language;
  paper: Paper;
  /** The regional report only: one region, or the whole set when absent. */
  region?: Region;
}

interface ReportSettingsProps {
  choice: ReportChoice;
  regional: boolean;
  disabled: boolean;
  onChange: (choice: ReportChoice) => void;
}

const PAPER_KEYS: Record<Paper, string> = { a4: 'reports.screen.paperA4', letter: 'reports.screen.paperLetter' };

/** The report's language (named in itself, like the app's switcher), its paper and, for the regional report, its region. */
export function ReportSettings({ choice, regional, disabled, onChange }: ReportSettingsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="report-settings" disabled={disabled}>
      <legend>{t('reports.screen.settings')}</legend>
      <div className="report-setting">
        <label htmlFor="report-language">{t('reports.screen.language')}</label>
        <select
          id="report-language"
          value={choice.language}
          onChange={(event) => {
            if (isLanguage(event.target.value)) onChange({ ...choice, language: event.target.value });
          }}
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {t('meta.languageName', { lng: code })}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="report-setting report-paper">
        <legend>{t('reports.screen.paper')}</legend>
        {PAPERS.map((paper) => (
          <label key={paper}>
            <input type="radio" name="report-paper" value={paper} checked={choice.paper === paper} onChange={() => onChange({ ...choice, paper })} />
            {t(PAPER_KEYS[paper])}
          </label>
        ))}
      </fieldset>
      {regional && (
        <div className="report-setting">
          <label htmlFor="report-region">{t('reports.screen.region')}</label>
          <select
            id="report-region"
            value={choice.region ?? ''}
            onChange={(event) => {
              const region = REGIONS.find((candidate) => candidate === event.target.value);
              onChange({ language: choice.language, paper: choice.paper, ...(region ? { region } : {}) });
            }}
          >
            <option value="">{t('reports.screen.allRegions')}</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {t(`region.${region}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}
