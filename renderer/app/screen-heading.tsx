import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The h1 of a screen. It takes the focus when the screen appears, so keyboard and screen-reader
 * users land at the start of the new content, and it names the window after the screen.
 */
export function ScreenHeading({ text }: { text: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const appName = t('app.name');
  useEffect(() => {
    ref.current?.focus();
  }, []);
  useEffect(() => {
    document.title = `${text} – ${appName}`;
  }, [text, appName]);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {text}
    </h1>
  );
}
