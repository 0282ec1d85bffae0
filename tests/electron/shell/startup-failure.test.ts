import { describe, expect, it } from 'vitest';
import { startupFailureMessage } from '../../../electron/shell/startup-failure';

describe('startupFailureMessage', () => {
  it('speaks the OS language among the six, with the folder and the detail', () => {
    expect(startupFailureMessage('fr-FR', '/data', 'locked')).toBe('Fieldscore ne peut pas ouvrir son dossier de données.\n\n/data\nlocked');
    expect(startupFailureMessage('ar', '/d', 'x')).toMatch(/^لا يستطيع/);
    expect(startupFailureMessage('zh-CN', '/d', 'x')).toMatch(/^Fieldscore 无法/);
    expect(startupFailureMessage('ru', '/d', 'x')).toMatch(/^Fieldscore не может/);
    expect(startupFailureMessage('es-419', '/d', 'x')).toMatch(/^Fieldscore no puede/);
  });

  it('falls back to English for other locales', () => {
    expect(startupFailureMessage('de-DE', '/d', 'x')).toMatch(/^Fieldscore cannot open its data folder\./);
    expect(startupFailureMessage('', '/d', 'x')).toMatch(/^Fieldscore cannot open/);
  });
});
