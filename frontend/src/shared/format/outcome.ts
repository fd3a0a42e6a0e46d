// Enough letters to tell a word's stem across its case endings: «зустрічі», «зустрічей».
const STEM = 4;

const stem = (word: string) => word.toLocaleLowerCase('uk').slice(0, STEM);

/**
 * The unit to print after an outcome's number, or null when the label already names what was counted:
 * «Проведено зустрічей: 12», not «Проведено зустрічей: 12 зустрічей». A unit the label does not name
 * («відсотки», «хвилин») stays; words in brackets are a side remark, not what was counted.
 */
export function outcomeUnit(label: string, unit: string): string | null {
  const trimmed = unit.trim();
  if (!trimmed) return null;
  const counted = label.replace(/\([^)]*\)/g, ' ').match(/\p{L}+/gu) ?? [];
  const unitStem = stem(trimmed);
  return unitStem.length >= 3 && counted.some((word) => stem(word) === unitStem) ? null : trimmed;
}
