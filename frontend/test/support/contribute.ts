import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { print } from 'graphql';
import type { RecordContent_ContentFragment } from '@/gql/graphql';
import { RECORD_CONTENT_FRAGMENT } from '@/shared/records/record-content.fragment';
import { queryApi } from './api';
import type { Session } from './session';

/** The organisation test authors belong to (seeds/organizations.yaml). */
export const TEST_ORGANIZATION = 'pavlohrad-childrens-library';

export interface Terms {
  themes: { slug: string; nameUk: string }[];
  audiences: { slug: string; nameUk: string }[];
  formats: { slug: string; nameUk: string }[];
  practices: { slug: string; titleUk: string; id: string }[];
  organizations: { slug: string; nameUk: string; id: string }[];
}

/** The real vocabularies, so tests click the names the form shows. */
export async function loadTerms(graphqlUrl: string): Promise<Terms> {
  const data = await queryApi<Omit<Terms, 'practices'> & { practices: { edges: { node: Terms['practices'][number] }[] } }>(
    graphqlUrl,
    `{ themes { slug nameUk } audiences { slug nameUk } formats { slug nameUk } organizations { id slug nameUk }
       practices(first: 100, orderBy: TITLE) { edges { node { id slug titleUk } } } }`,
  );
  return { ...data, practices: data.practices.edges.map((e) => e.node) };
}

/** The error text shown for a control, found through its aria-describedby; null when it is not marked invalid. */
export function errorOf(control: HTMLElement): string | null {
  if (control.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ');
  for (const id of ids) {
    const el = document.getElementById(id);
    if (el?.className === 'field__error') return el.textContent;
  }
  return null;
}

export const fieldError = (label: string) => errorOf(screen.getByLabelText(label));
export const groupError = (name: string) => errorOf(screen.getByRole('group', { name }));

/** Types into the field with this exact label (replacing what is there). */
export async function fill(user: UserEvent, label: string, text: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  await user.type(field, text);
}

/** Fills every required field of the practice form through the interface. */
export async function fillPractice(user: UserEvent, terms: Terms, title: string) {
  await user.type(await screen.findByLabelText('Назва'), title);
  await user.type(screen.getByLabelText('Коротко'), 'Гра, що допомагає дітям заспокоїтися під час тривоги.');
  await user.type(screen.getByLabelText('Опис'), 'Ведучий пропонує **просту** гру з диханням.');
  await user.type(screen.getByLabelText('Цілі'), 'Зменшити тривожність');
  await user.click(within(screen.getByRole('group', { name: 'Теми' })).getByLabelText(terms.themes[0]!.nameUk));
  await user.click(within(screen.getByRole('group', { name: 'Для кого' })).getByLabelText(terms.audiences[0]!.nameUk));
  await user.click(within(screen.getByRole('group', { name: 'Формат' })).getByLabelText(terms.formats[0]!.nameUk));
  await user.type(screen.getByLabelText('Назва кроку 1'), 'Привітання');
}

/** A complete practice as the API takes it. */
export function practiceInput(terms: Terms, title: string) {
  return {
    titleUk: title,
    summaryUk: 'Коротко про практику для тесту.',
    descriptionUk: 'Опис практики для тесту.',
    themes: [terms.themes[0]!.slug],
    goals: ['Підтримати дітей'],
    audiences: [terms.audiences[0]!.slug],
    formats: [terms.formats[0]!.slug],
    steps: [{ titleUk: 'Перший крок' }, { titleUk: 'Другий крок' }],
    resources: { staff: 1, volunteers: 0, budgetBand: 'NONE' },
    conditions: { worksInShelter: true, needsPower: false, needsInternet: false, securityContext: 'ANY' },
    safeguarding: { consentRequired: true, noPhotosOfChildren: true, psychologistNeeded: false },
    evidenceLevel: 'DESCRIBED',
    originOrganization: TEST_ORGANIZATION,
  };
}

/** Creates a practice draft as `session` and answers its id and version. */
export async function createPracticeDraft(session: Session, terms: Terms, title: string) {
  const data = await session.query<{ createPractice: { id: string; version: number } }>(
    'mutation($input: PracticeContentInput!) { createPractice(input: $input) { id version } }',
    { input: practiceInput(terms, title) },
  );
  return data.createPractice;
}

/** Creates and submits a practice as `session`; answers its id. */
export async function submitPractice(session: Session, terms: Terms, title: string, note?: string) {
  const { id } = await createPracticeDraft(session, terms, title);
  await session.query('mutation($id: ID!, $note: String) { submitForReview(type: PRACTICE, id: $id, note: $note) { id } }', { id, note });
  return id;
}

export interface ContributionView {
  status: string;
  version: number;
  /** Every field of the content, as the editor reads it (the app's own fragment). */
  content: RecordContent_ContentFragment;
  reviewThread: { note: string | null; comment: string | null; outcome: string }[];
}

/** The record as its author sees it through the API. */
export async function contributionOf(session: Session, type: 'PRACTICE' | 'CASE_STUDY', id: string) {
  const data = await session.query<{ contribution: ContributionView }>(
    `query($type: RecordType!, $id: ID!) {
      contribution(type: $type, id: $id) { status version content { ...RecordContent_content } reviewThread { note comment outcome } }
    }
    ${print(RECORD_CONTENT_FRAGMENT)}`,
    { type, id },
  );
  return data.contribution;
}
