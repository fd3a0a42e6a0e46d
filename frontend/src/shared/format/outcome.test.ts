import { describe, expect, it } from 'vitest';
import { outcomeUnit } from './outcome';

describe('outcomeUnit', () => {
  it('leaves out a unit the label already names', () => {
    expect(outcomeUnit('Проведено зустрічей', 'зустрічей')).toBeNull();
    expect(outcomeUnit('Онлайн-зустрічі, що відбулися', 'зустрічей')).toBeNull();
    expect(outcomeUnit('Тривоги, під час яких працював куточок', 'тривога')).toBeNull();
  });

  it('keeps a unit that says something the label does not', () => {
    expect(outcomeUnit('Частка нових книжок, виданих хоча б раз', 'відсотки')).toBe('відсотки');
    expect(outcomeUnit('Книжки, передані до фонду', 'примірників')).toBe('примірників');
    expect(outcomeUnit('Середній час у бібліотеці (до змін — близько 15 хвилин)', 'хвилин')).toBe('хвилин');
  });

  it('prints nothing for an empty unit', () => {
    expect(outcomeUnit('Проведено зустрічей', ' ')).toBeNull();
  });
});
