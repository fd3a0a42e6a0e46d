import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';

interface RowListProps<T extends { key: string }> {
  /** The list's heading, e.g. "Steps". */
  legend: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  /** The name of one row for buttons and announcements, e.g. "Step 2". */
  itemLabel: (index: number) => string;
  renderRow: (item: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
  newItem: () => T;
  addLabel: string;
  /** Rows that cannot be removed below this count. */
  min?: number;
  max?: number;
  error?: string | undefined;
  hint?: string;
  path?: string;
}

type Focus = { key: string; control: 'up' | 'down' | 'remove' | 'first' } | { add: true };

/**
 * An ordered list the author edits with buttons only (keyboard and screen reader friendly): add,
 * remove, move up and down. Focus follows the row that moved, and each change is announced.
 */
export function RowList<T extends { key: string }>(props: RowListProps<T>) {
  const { legend, items, onChange, itemLabel, renderRow, newItem, addLabel, min = 0, max = Infinity, error, hint, path } = props;
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<Focus | null>(null);
  const root = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    const wanted = focusNext.current;
    focusNext.current = null;
    if (!wanted || !root.current) return;
    const selector =
      'add' in wanted
        ? '[data-row-add]'
        : wanted.control === 'first'
          ? `[data-row="${wanted.key}"] :is(input, textarea, select)`
          : `[data-row="${wanted.key}"] [data-row-control="${wanted.control}"]`;
    let target = root.current.querySelector<HTMLElement>(selector);
    // A row moved to an end has no button in that direction any more: keep focus on the row's other button.
    if (target?.hasAttribute('disabled') || !target)
      target = root.current.querySelector<HTMLElement>(
        `[data-row="${'key' in wanted ? wanted.key : ''}"] [data-row-control]:not([disabled])`,
      );
    target?.focus();
  }, [items]);

  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row!);
    focusNext.current = { key: row!.key, control: by < 0 ? 'up' : 'down' };
    setAnnouncement(t('forms.rows.moved', { item: itemLabel(index), position: index + by + 1 }));
    onChange(next);
  };

  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index);
    const neighbour = next[Math.min(index, next.length - 1)];
    focusNext.current = neighbour ? { key: neighbour.key, control: 'remove' } : { add: true };
    setAnnouncement(t('forms.rows.removed', { item: itemLabel(index) }));
    onChange(next);
  };

  const add = () => {
    const row = newItem();
    focusNext.current = { key: row.key, control: 'first' };
    setAnnouncement(t('forms.rows.added', { item: itemLabel(items.length) }));
    onChange([...items, row]);
  };

  return (
    <fieldset
      ref={root}
      className={error ? 'field row-list field--invalid' : 'field row-list'}
      data-path={path}
      tabIndex={error ? -1 : undefined}
    >
      <legend>{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      {error && <p className="field__error">{error}</p>}
      <ol className="row-list__rows">
        {items.map((item, index) => (
          <li key={item.key} data-row={item.key} className="row-list__row">
            <p className="row-list__label">{itemLabel(index)}</p>
            {renderRow(item, index, (patch) => onChange(items.map((it) => (it.key === item.key ? { ...it, ...patch } : it))))}
            <div className="row-list__controls">
              <button type="button" className="button--small" data-row-control="up" disabled={index === 0} onClick={() => move(index, -1)}>
                {t('forms.rows.up')}
                <span className="visually-hidden">: {itemLabel(index)}</span>
              </button>
              <button
                type="button"
                className="button--small"
                data-row-control="down"
                disabled={index === items.length - 1}
                onClick={() => move(index, 1)}
              >
                {t('forms.rows.down')}
                <span className="visually-hidden">: {itemLabel(index)}</span>
              </button>
              <button
                type="button"
                className="button--small button--danger"
                data-row-control="remove"
                disabled={items.length <= min}
                onClick={() => remove(index)}
              >
                {t('forms.rows.remove')}
                <span className="visually-hidden">: {itemLabel(index)}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" data-row-add disabled={items.length >= max} onClick={add}>
        {addLabel}
      </button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
