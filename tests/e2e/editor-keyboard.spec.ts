import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Answers, AnswerValue } from '../../shared/assessment/answer';
import type { Framework, Indicator } from '../../shared/framework/framework-schema';
import { scoreAssessment } from '../../shared/scoring/score-assessment';
import { createAssessment, NAIROBI_HUB, openScreen } from './fixtures/assessments';
import { startBackend, type BackendServer } from './fixtures/backend-server';
import { tabTo } from './fixtures/keyboard';

/**
 * The whole questionnaire completed with the keyboard alone (Tab, arrows, Space, typing, Enter;
 * never a click), then submitted; the scores on screen must be the engine's for the same answers.
 */

const FRAMEWORK = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/frameworks/fieldscore-default-1.0.0.json'), 'utf8'),
) as Framework;

/** What to enter per indicator: typed text (in the page's language) or the option to choose. */
type Entry = { text: string; value: number } | { option: string } | { options: string[] } | { yes: boolean };

/** Every indicator the editor can fill (P2.1, the covered countries, is edited on the overview). */
const ENTRIES: Record<string, Entry> = {
  'P1.1': { option: 'regional_hub' },
  'P1.2': { option: 'subregional_office' },
  'P1.3': { options: ['technical_cooperation', 'normative_work', 'convening_partnerships'] },
  'P1.4': { option: 'yes' },
  'P1.5': { option: 'interim' },
  'P1.6': { option: 'partly' },
  'P1.7': { text: '62.75', value: 62.75 },
  'P2.2': { text: '80', value: 80 },
  'P2.3': { text: '96', value: 96 },
  'P2.4': { text: '60', value: 60 },
  'P2.5': { text: '1.7', value: 1.7 },
  'P2.6': { text: '70', value: 70 },
  'P2.7': { option: '4' },
  'P3.1': { text: '22.5', value: 22.5 },
  'P3.2': { option: 'yes' },
  'P3.3': { text: '5', value: 5 },
  'P3.4': { text: '45', value: 45 },
  'P3.5': { text: '20', value: 20 },
  'P3.6': { option: 'in_progress' },
  'P3.7': { option: 'yes' },
  'P4.1': { text: '81.35', value: 81.35 },
  'P4.2': { text: '0.85', value: 0.85 },
  'P4.3': { text: '1', value: 1 },
  'P4.4': { text: '35', value: 35 },
  'P4.5': { text: '6', value: 6 },
  'P4.6': { text: '8,400,000', value: 8_400_000 },
  'P4.7': { text: '2600000', value: 2_600_000 },
  'P5.1': { text: '18', value: 18 },
  'P5.2': { text: '75', value: 75 },
  'P5.3': { text: '3', value: 3 },
  'P5.4': { text: '90', value: 90 },
  'P5.5': { text: '1', value: 1 },
  'P5.6': { text: '46', value: 46 },
};

function indicatorOf(id: string): Indicator {
  const indicator = FRAMEWORK.perspectives.flatMap((perspective) => perspective.indicators).find((entry) => entry.id === id);
  if (!indicator) throw new Error(`no indicator ${id}`);
  return indicator;
}

function valueOf(entry: Entry, indicator: Indicator): AnswerValue {
  if ('text' in entry) return entry.value;
  if ('yes' in entry) return entry.yes;
  if ('options' in entry) return entry.options;
  return indicator.input.type === 'scale' ? Number(entry.option) : entry.option;
}

/** The answers the test means to give, justifications included: what the engine scores. */
function intendedAnswers(ids: string[], justification: (id: string) => string): Answers {
  const answers: Answers = {};
  for (const id of ids) {
    const indicator = indicatorOf(id);
    answers[id] = { state: 'answered', value: valueOf(ENTRIES[id]!, indicator) };
  }
  const score = scoreAssessment(FRAMEWORK, answers);
  for (const id of score.redWithoutJustification) answers[id] = { ...answers[id]!, justification: justification(id) };
  return answers;
}

const byId = (id: string) => `[id="${id}"]`;

const NAIROBI_2024 = { office: NAIROBI_HUB, cycle: 2024, assessor: 'A. Wanjiru' };

/** Fills one indicator from the keyboard, starting from wherever the focus is before it. */
async function fillIndicator(page: Page, id: string, needsJustification: string | undefined, typed: (text: string) => string): Promise<void> {
  const indicator = indicatorOf(id);
  const entry = ENTRIES[id]!;
  await tabTo(page.locator(byId(`indicator-${id}-input`)));
  const input = indicator.input;
  if ('text' in entry) {
    await page.keyboard.type(typed(entry.text));
  } else if (input.type === 'multichoice' && 'options' in entry) {
    for (const [index, option] of input.options.entries()) {
      if (index > 0) await page.keyboard.press('Tab');
      await expect(page.locator(`${byId(`indicator-${id}`)} input[value="${option.id}"]`)).toBeFocused();
      if (entry.options.includes(option.id)) await page.keyboard.press('Space');
    }
  } else {
    // A radio group: the first option has the focus; the arrow keys move and choose.
    const options = input.type === 'scale' ? Array.from({ length: input.max - input.min + 1 }, (_, i) => String(input.min + i)) : input.type === 'choice' ? input.options.map((option) => option.id) : ['yes', 'no'];
    const wanted = 'option' in entry ? entry.option : 'yes' in entry && entry.yes ? 'yes' : 'no';
    const index = options.indexOf(wanted);
    if (index < 0) throw new Error(`${id}: no option ${wanted}`);
    if (index === 0) await page.keyboard.press('Space');
    for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
    await expect(page.locator(`${byId(`indicator-${id}`)} input[value="${wanted}"]`)).toBeChecked();
  }
  if (needsJustification) {
    const field = byId(`indicator-${id}-justification`);
    await tabTo(page.locator(field));
    await expect(page.locator(field)).toHaveAttribute('aria-required', 'true');
    // As a person does, the value is saved before the justification is written: twice in CI the
    // justification of the first red indicator (P1.3, Arabic) went missing when typing overlapped
    // the value's save; not reproduced since (see the session notes). The checks below say where.
    await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
    await page.keyboard.type(needsJustification);
    await expect(page.locator(field)).toHaveValue(needsJustification);
  }
}

let backend: BackendServer;

test.beforeEach(async () => {
  backend = await startBackend();
});

test.afterEach(async () => {
  await backend?.dispose();
});

/** Goes through the perspectives in order with "Next", filling the given indicators, then submits. */
async function completeAndSubmit(page: Page, ids: string[], answers: Answers, typed: (text: string) => string): Promise<void> {
  const perspectives = FRAMEWORK.perspectives;
  for (const [index, perspective] of perspectives.entries()) {
    await expect(page.locator(byId('editor-perspective-heading'))).toContainText(perspective.id);
    for (const indicator of perspective.indicators) {
      if (!ids.includes(indicator.id)) continue;
      await fillIndicator(page, indicator.id, answers[indicator.id]?.justification, typed);
    }
    const next = perspectives[index + 1];
    if (next) {
      await tabTo(page.locator('a[rel="next"]'));
      await page.keyboard.press('Enter');
      await expect(page.locator(byId('editor-perspective-heading'))).toBeFocused();
    }
  }
  // The last perspective leads to the panel; its submit button follows.
  await tabTo(page.locator('.editor-panel .submit-area button'));
  await page.keyboard.press('Enter');
}

/** Scores as the page formats them (one decimal at most, the language's digits and marks). */
function shown(score: number | null, locale: string): string {
  return score === null ? '' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(score);
}

async function expectScoresShown(page: Page, answers: Answers, locale: string, insufficient: string) {
  const expected = scoreAssessment(FRAMEWORK, answers);
  const overall = page.getByTestId('overall-score');
  if (expected.overall.score === null) await expect(page.getByTestId('overall-band')).toHaveText(insufficient);
  else await expect(overall).toHaveText(shown(expected.overall.score, locale));
  for (const perspective of expected.perspectives) {
    const cell = page.getByTestId(`perspective-score-${perspective.perspectiveId}`);
    if (perspective.score === null) await expect(cell).toHaveText(insufficient);
    else await expect(cell.locator('strong')).toHaveText(shown(perspective.score, locale));
  }
  return expected;
}

test('the whole questionnaire can be completed and submitted with the keyboard alone', async ({ page }) => {
  test.setTimeout(240_000);
  const id = await createAssessment(backend, NAIROBI_2024);
  const ids = Object.keys(ENTRIES);
  const answers = intendedAnswers(ids, (indicatorId) => `Red for ${indicatorId}: explained to the regional director; action plan agreed.`);
  const reds = Object.entries(answers).filter(([, answer]) => answer.justification).map(([indicatorId]) => indicatorId);
  expect(reds.length).toBeGreaterThan(3); // the set exercises required justifications

  await openScreen(page, backend, `#/assessments/${id}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Questionnaire: UNIDO Regional Hub in Nairobi' })).toBeFocused();

  await completeAndSubmit(page, ids, answers, (text) => text);

  // Submitted: the page says so and nothing can be changed any more.
  await expect(page.getByRole('note')).toContainText('This assessment is locked');
  await expect(page.getByRole('status').filter({ hasText: 'Submitted: read-only.' })).toBeVisible();
  await expect(page.locator(byId('indicator-P5.6-input'))).toHaveAttribute('readonly', '');

  const stored = await backend.callOk('assessments.get', { id });
  expect(stored.status).toBe('submitted');
  expect(stored.answers).toEqual(answers);
  const expected = await expectScoresShown(page, stored.answers, 'en', 'Insufficient data');
  // Every perspective has its weight answered: all five scored, and so is the total.
  expect(expected.perspectives.every((perspective) => perspective.score !== null)).toBe(true);
  expect(expected.overall.score).not.toBeNull();
  await expect(page.getByTestId('overall-band')).toHaveText(new RegExp(`^(Green|Amber|Red)$`));
});

test('the questionnaire works in Arabic, mirrored, with Arabic digits typed', async ({ page }) => {
  test.setTimeout(180_000);
  const id = await createAssessment(backend, NAIROBI_2024);
  await backend.callOk('settings.update', { language: 'ar' });
  const ids = ['P1.1', 'P1.2', 'P1.3', 'P1.4', 'P1.5', 'P1.6', 'P1.7', 'P2.2', 'P2.3', 'P2.5', 'P2.7', 'P3.3', 'P4.6', 'P5.6'];
  const answers = intendedAnswers(ids, () => 'المنصب شاغر مؤقتًا وتجري عملية التوظيف.');
  expect(Object.values(answers).some((answer) => answer.justification)).toBe(true);

  await openScreen(page, backend, `#/assessments/${id}/edit`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('الاستبيان');
  // Framework texts follow the page language, the indicator's source included.
  const source = page.locator('[data-indicator="P1.1"] .source [lang]');
  await expect(source).toHaveAttribute('lang', 'ar');
  await expect(source).toHaveText('الوثيقة المصدر 001، الفقرة 13 (الهيكل ذو المستويات الثلاثة)');

  // Arabic-Indic digits and the Arabic decimal separator, as an Arabic keyboard types them.
  const arabicDigits = (text: string) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit))).replace('.', '٫').replace(/,/g, '');
  await completeAndSubmit(page, ids, answers, arabicDigits);

  await expect(page.getByRole('note')).toContainText('مقفل');
  const stored = await backend.callOk('assessments.get', { id });
  expect(stored.status).toBe('submitted');
  expect(stored.answers).toEqual(answers);
  await expectScoresShown(page, stored.answers, 'ar-u-nu-latn', 'بيانات غير كافية');
  // The panel sits at the inline end: on the left when the page is mirrored.
  const main = await page.locator('.editor-main').boundingBox();
  const panel = await page.locator('.editor-panel').boundingBox();
  expect(panel!.x).toBeLessThan(main!.x);
});

test('undo and redo: buttons and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, outside text fields', async ({ page }) => {
  const id = await createAssessment(backend, NAIROBI_2024);
  await openScreen(page, backend, `#/assessments/${id}/edit`);
  const status = page.locator('[data-save-status]');

  await tabTo(page.locator(byId('indicator-P1.4-input')));
  await page.keyboard.press('Space'); // yes
  await page.keyboard.press('ArrowDown'); // in progress
  await expect(page.locator(`${byId('indicator-P1.4')} input[value="in_progress"]`)).toBeChecked();
  await expect(status).toHaveAttribute('data-save-status', 'saved');

  await page.keyboard.press('Control+z');
  await expect(page.locator(`${byId('indicator-P1.4')} input[value="yes"]`)).toBeChecked();
  await expect(status).toHaveAttribute('data-save-status', 'saved');
  expect((await backend.callOk('assessments.get', { id })).answers['P1.4']).toEqual({ state: 'answered', value: 'yes' });

  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator(`${byId('indicator-P1.4')} input[value="in_progress"]`)).toBeChecked();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.locator(`${byId('indicator-P1.4')} input:checked`)).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(page.locator(`${byId('indicator-P1.4')} input[value="yes"]`)).toBeChecked();
  await expect(status).toHaveAttribute('data-save-status', 'saved');
  expect((await backend.callOk('assessments.get', { id })).answers['P1.4']).toEqual({ state: 'answered', value: 'yes' });

  // In a text field, Ctrl+Z is the field's own undo, not the questionnaire's.
  await tabTo(page.locator(byId('indicator-P1.7-input')));
  await page.keyboard.type('55');
  await page.keyboard.press('Control+z');
  await expect(page.locator(`${byId('indicator-P1.4')} input[value="yes"]`)).toBeChecked();

  // The toolbar buttons do the same, from the keyboard too.
  await page.keyboard.press('Tab');
  await expect(status).toHaveAttribute('data-save-status', 'saved');
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(byId('indicator-P1.7-input'))).toHaveValue('');
  await page.getByRole('button', { name: 'Redo', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(byId('indicator-P1.7-input'))).not.toHaveValue('');
  await expect(status).toHaveAttribute('data-save-status', 'saved');
  const final = (await backend.callOk('assessments.get', { id })).answers['P1.7'];
  expect(final?.state).toBe('answered');
  await expect(page.locator(byId('indicator-P1.7-input'))).toHaveValue(String(final?.state === 'answered' ? final.value : ''));
});
