import { describe, expect, it } from 'vitest';
import { frameworkTitle, shortHash } from '../../../../renderer/screens/frameworks/framework-label';
import { base64ToBytes } from '../../../../renderer/files/save-download';
import { catalogs } from '../../../../renderer/i18n/catalogs';
import { LANGUAGES } from '../../../../shared/i18n/languages';

describe('framework labels', () => {
  it('shows the title in the reader’s language, then English, then any, then the id', () => {
    const title = { en: 'Default scorecard', fr: 'Tableau de bord par défaut', ar: 'بطاقة الأداء' };
    expect(frameworkTitle({ id: 'fieldscore-default', title }, 'fr')).toEqual({ text: 'Tableau de bord par défaut', lang: 'fr' });
    expect(frameworkTitle({ id: 'fieldscore-default', title }, 'zh')).toEqual({ text: 'Default scorecard', lang: 'en' });
    expect(frameworkTitle({ id: 'hq-pilot', title: { ru: 'Пилот' } }, 'es')).toEqual({ text: 'Пилот', lang: 'ru' });
    expect(frameworkTitle({ id: 'hq-pilot', title: {} }, 'en')).toEqual({ text: 'hq-pilot', lang: undefined });
  });

  it('shortens a content hash to its algorithm and first 12 hex digits', () => {
    expect(shortHash(`sha256:0123456789abcdef${'0'.repeat(48)}`)).toBe('sha256:0123456789ab');
  });

  it('decodes the exported base64 to the same bytes', () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x80]);
    expect([...base64ToBytes(Buffer.from(bytes).toString('base64'))]).toEqual([...bytes]);
  });
});

describe('framework messages', () => {
  // Keys the backend's framework handlers return; the renderer shows them through ErrorAlert.
  it.each(['errors.framework_invalid', 'errors.framework_version_exists', 'errors.framework_not_exportable'])('%s is translated in every language', (key) => {
    const [group, name] = key.split('.') as [string, string];
    for (const language of LANGUAGES) {
      const text = (catalogs[language][group] as Record<string, unknown>)[name];
      expect(typeof text === 'string' && text.includes('{{'), `${language} ${key}`).toBe(true);
    }
  });
});
