import { describe, expect, it } from 'vitest';
import { buildIndex, searchKept } from './kept-search';
import type { KeptItem } from './kept-store';
import { stem, stems } from './stem';

describe('the light Ukrainian stemmer', () => {
  it.each([
    ['казка', 'казки', 'казкою', 'казці'],
    ['укриття', 'укриттях', 'укриттям', 'укриттів'],
    ['бібліотека', 'бібліотеки', 'бібліотеці', 'бібліотекою', 'бібліотеках'],
    ['тривога', 'тривоги', 'тривозі', 'тривогою'],
    ['дошкільнята', 'дошкільнят', 'дошкільнятам', 'дошкільнятами'],
    ['читання', 'читанням', 'читанні'],
    ['переселенці', 'переселенців', 'переселенцями'],
    ['родина', 'родини', 'родинам', 'родинами'],
  ])('gives the forms of «%s» one stem', (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });

  it('leaves short words, Latin words and numbers whole, and drops function words', () => {
    expect(stem('гра')).toBe('гра');
    expect(stem('idp')).toBe('idp');
    expect(stems('Казка для дітей в укритті')).toEqual([stem('казка'), stem('дітей'), stem('укритті')]);
  });

  it('keeps different words apart', () => {
    expect(stem('казка')).not.toBe(stem('каска'));
    expect(stem('вправа')).not.toBe(stem('вправність'));
  });
});

const item = (href: string, title: string, summary: string, text: string): KeptItem => ({
  href,
  kind: 'practice',
  title,
  summary,
  text,
  savedAt: '2026-11-29T10:00:00Z',
  checkedAt: '2026-11-29T10:00:00Z',
  bytes: 1,
  status: 'current',
  pageKept: true,
  keptBy: ['self'],
});

describe('searching kept records', () => {
  const index = buildIndex([
    item('/practices/pisochna', 'Пісочна терапія для дошкільнят', 'Лотки з піском', 'Діти граються з піском'),
    item('/practices/kazka', 'Казкова година в укритті', 'Терапевтична казка під час тривоги', 'Читаємо казки'),
    item('/practices/dykhannia', 'Дихаємо разом', 'Вправи на дихання в укритті', 'Дошкільнята теж можуть'),
    { ...item('/collections/c', 'Дошкільнята', '', ''), kind: 'collection' },
  ]);
  const found = (query: string) => searchKept(index, query).map((hit) => hit.item.href);

  it('finds a word in another form than the one in the text', () => {
    expect(found('дошкільнятам')).toEqual(['/practices/pisochna', '/practices/dykhannia']);
    expect(found('казки')).toEqual(['/practices/kazka']);
    expect(found('укриттях')).toEqual(['/practices/kazka', '/practices/dykhannia']);
  });

  it('wants every word of the query, puts title matches first and lists records only', () => {
    expect(found('казка тривоги')).toEqual(['/practices/kazka']);
    expect(found('казка пісок')).toEqual([]);
    expect(found('для')).toEqual([]);
    expect(found('')).toEqual([]);
  });
});
