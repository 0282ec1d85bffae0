import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApi } from './api/create-api';
import { selectTransport } from './api/select-transport';
import { App } from './app/app';
import './app/app.css';
import { guessLanguage } from './i18n/guess-language';
import { initI18n } from './i18n/i18n';
import { NoSessionScreen } from './screens/start/no-session-screen';
import { createStores } from './state/stores';
import { StoresProvider } from './state/stores-context';

const transport = selectTransport();
const initialLanguage = guessLanguage(navigator.languages);
const i18n = initI18n(initialLanguage);
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      {transport ? (
        <StoresProvider stores={createStores(createApi(transport), initialLanguage)}>
          <App />
        </StoresProvider>
      ) : (
        <NoSessionScreen />
      )}
    </I18nextProvider>
  </StrictMode>,
);
