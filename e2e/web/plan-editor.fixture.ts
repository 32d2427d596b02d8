import type { Page } from 'playwright-core';

/** An action as the plan editor takes it: the Finnish words of its agency and person, dates as typed. */
export interface TypedAction {
  what: string;
  agency: string;
  person: string;
  start: string;
  due: string;
}

/** Journey 2's goal, in the professionals' words and Aino's own, serving the need of support at school. */
export const ainosGoal = {
  professional: 'Aino käy koulua joka päivä',
  childWords: 'Haluan pysyä tällä luokalla',
  need: 'Tuki koulunkäyntiin ja luokassa pysymiseen',
};

/** Journey 2's actions of the school, youth psychiatry and child protection, in the order Sari writes them. */
export const ainosActions: readonly TypedAction[] = [
  { what: 'Tukiopetus kahdesti viikossa', agency: 'koulu', person: 'Anna Laine', start: '7.1.2027', due: '31.3.2027' },
  {
    what: 'Nuorisopsykiatrian sairaanhoitajan tapaaminen kerran kuussa',
    agency: 'lasten- ja nuorisopsykiatria',
    person: 'Pekka Nurmi',
    start: '7.1.2027',
    due: '30.4.2027',
  },
  { what: 'Perhetyö arki-iltaisin', agency: 'lastensuojelu', person: 'Sari Virtanen', start: '7.1.2027', due: '28.2.2027' },
];

/** The editor's save button. */
export const saveButton = (page: Page) =>
  page.getByRole('form', { name: 'Muokkaa asiakassuunnitelmaa' }).getByRole('button', { name: 'Tallenna' });

/** Adds the plan's first goal: the professionals' wording, the child's own words and the need it serves. */
export async function writeGoal(page: Page, goal: typeof ainosGoal = ainosGoal): Promise<void> {
  await page.getByRole('button', { name: 'Lisää tavoite' }).click();
  const item = page.getByRole('group', { name: 'Tavoite 1' });
  await item.getByRole('textbox', { name: 'Tavoite ammattilaisten sanoin' }).fill(goal.professional);
  await item.getByRole('textbox', { name: /Lapsen omin sanoin/ }).fill(goal.childWords);
  await item.getByText(goal.need).click();
}

/** Adds an action as the `index`th of the form (from 0): what, agency, person, dates, and the goal it serves. */
export async function writeAction(page: Page, index: number, action: TypedAction, goal = ainosGoal.professional): Promise<void> {
  await page.getByRole('button', { name: 'Lisää toimenpide' }).click();
  const item = page.getByRole('group', { name: `Toimenpide ${index + 1}` });
  await item.getByRole('textbox', { name: 'Mitä tehdään' }).fill(action.what);
  await page.locator(`#plan-actions-${index}-agency_button`).click();
  await page.getByRole('option', { name: action.agency, exact: true }).click();
  await page.locator(`#plan-actions-${index}-responsible_button`).click();
  await page.getByRole('option', { name: action.person, exact: true }).click();
  await item.getByRole('textbox', { name: 'Alkaa' }).fill(action.start);
  await item.getByRole('textbox', { name: 'Määräaika' }).fill(action.due);
  await item.getByText(goal).click(); // serves the goal
}

/** Journey 2's goal and its three actions, written in the open editor. */
export async function writeAinosGoalAndActions(page: Page): Promise<void> {
  await writeGoal(page);
  for (const [index, action] of ainosActions.entries()) await writeAction(page, index, action);
}
