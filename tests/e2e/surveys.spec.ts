import { expect, test } from './fixtures';
import { SurveyPage } from './pages/survey.page';
import { sentAnswers } from './surveys.admin';

const ORP = 'dacice';
const KEY = 'potrebnost-nove-sluzby';
const TITLE = 'Průzkum potřebnosti nové sociální služby';

test.describe('answering a survey', () => {
  test('a resident answers on a phone, anonymously, fixing what the form points out', async ({
    page,
    isMobile,
  }, testInfo) => {
    test.skip(!isMobile, 'the phone flow');
    const survey = new SurveyPage(page);
    const before = (await sentAnswers(ORP, KEY)).length;
    await survey.goto(ORP, KEY, TITLE);
    await expect(page.getByText('Anketa je anonymní')).toBeVisible();
    await survey.expectAccessible();

    // Sent empty: every required question says what is missing; focus goes to the first.
    await survey.send();
    await expect(page.getByRole('alert')).toContainText('opravte prosím: 4');
    await expect(survey.question(1)).toContainText('Otázka 1: odpověď je povinná.');
    await expect(survey.question(1).getByRole('combobox')).toBeFocused();
    await survey.expectAccessible();

    await survey.answerRequired();
    // A reload (or leaving and coming back) keeps what was filled in.
    const town = await survey.question(1).getByRole('combobox').inputValue();
    await page.reload();
    await expect(survey.question(1).getByRole('combobox')).toHaveValue(town);
    await expect(survey.question(5).getByRole('radio', { name: '4' })).toBeChecked();
    // A number out of range is refused with the question's number.
    await survey.keys(survey.question(6).getByRole('textbox'), '4', '2');
    await survey.send();
    await expect(survey.question(6)).toContainText('Otázka 6: zadejte číslo od 0 do 10.');
    await expect(survey.question(6).getByRole('textbox')).toBeFocused();
    await page.keyboard.press('Backspace');
    await survey.send();

    await expect(survey.thanks).toBeFocused();
    await expect(page.getByText('Odpovědi jsme přijali.')).toBeVisible();
    await survey.expectAccessible();
    await survey.expectNoSidewaysScroll();
    await page.screenshot({ path: testInfo.outputPath('survey-thanks.png'), fullPage: true });
    const stored = await sentAnswers(ORP, KEY);
    expect(stored.length).toBe(before + 1);
    const mine = stored.find((doc) => doc.answers.osoby === 4);
    expect(mine?.channel).toBe('public');
    expect(mine?.answers.dostupnost).toBe(4);
  });

  test('a field worker fills it with a client offline and it is sent on reconnect', async ({
    page,
    context,
  }) => {
    const survey = new SurveyPage(page);
    await survey.goto(ORP, KEY, TITLE);
    await survey.keys(survey.fieldMode, 'Space');
    await expect(page.getByText('Anketa je uložená v zařízení')).toBeVisible();
    const before = (await sentAnswers(ORP, KEY)).filter((doc) => doc.channel === 'interview');

    // The app shell is the service worker's; the survey itself now comes from the device.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 20_000,
    });
    await context.setOffline(true);
    try {
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
      await expect(survey.fieldMode).toBeChecked();
      await survey.answerRequired();
      await survey.type(survey.question(8).getByRole('textbox'), 'Terénní rozhovor');
      await survey.send();
      await expect(survey.thanks).toBeFocused();
      await expect(page.getByText('Odpovědi jsou uložené v zařízení.')).toBeVisible();
      await expect(page.getByText('Odpovědi čekající na odeslání: 1')).toBeVisible();
      await survey.expectAccessible();
      expect((await sentAnswers(ORP, KEY)).filter((d) => d.channel === 'interview')).toEqual(
        before,
      );
    } finally {
      await context.setOffline(false);
    }
    // Back online, the outbox sends it by itself.
    await expect(page.getByText('Odpovědi čekající na odeslání')).toHaveCount(0, {
      timeout: 30_000,
    });
    const after = (await sentAnswers(ORP, KEY)).filter((doc) => doc.channel === 'interview');
    expect(after.length).toBe(before.length + 1);
    expect(after.some((doc) => doc.answers.poznamka === 'Terénní rozhovor')).toBe(true);
    // The next client gets an empty form.
    await survey.keys(page.getByRole('button', { name: 'Vyplnit s dalším klientem' }), 'Enter');
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeFocused();
  });
});
