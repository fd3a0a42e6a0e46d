import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import type { CollectionItem_ItemFragment } from '@/gql/graphql';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { useMoveCollectionItem } from '../hooks/useMoveCollectionItem';
import { targetTitle } from './CollectionItemView';
import { EditableItem } from './EditableItem';

/**
 * The items for their curators: reorder by drag and drop (pointer, or keyboard: Space, arrows, Space)
 * or with the move up/down buttons. Every move goes to the API, and the list shows the order it answers.
 * Lazy-loaded, so readers never download dnd-kit.
 */
export default function CollectionItemsEditor({
  items,
  labelledBy,
}: {
  items: readonly CollectionItem_ItemFragment[];
  labelledBy: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const listRef = useRef<HTMLOListElement>(null);
  const [move, { loading, error }] = useMoveCollectionItem();
  const [pendingOrder, setPendingOrder] = useState<string[] | null>(null);
  const [message, setMessage] = useState('');
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; position: number; direction: 'up' | 'down' } | null>(null);
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const ordered = useMemo(() => {
    if (!pendingOrder) return items;
    const byId = new Map(items.map((i) => [i.id, i]));
    return pendingOrder.map((id) => byId.get(id)).filter((i): i is CollectionItem_ItemFragment => !!i);
  }, [items, pendingOrder]);
  const ids = ordered.map((i) => i.id);
  const titleOf = (id: unknown) => {
    const item = items.find((i) => i.id === id);
    return item ? targetTitle(language, item.target).text : '';
  };
  const positionOf = (id: unknown) => ids.indexOf(String(id)) + 1;

  /** Sends the move; the API's answer replaces the list. */
  const moveTo = async (item: CollectionItem_ItemFragment, position: number) => {
    try {
      await move({ variables: { itemId: item.id, position } });
      setMessage(t('collections.editor.moved', { title: targetTitle(language, item.target).text, position, total: items.length }));
      return true;
    } catch {
      setMessage('');
      return false;
    } finally {
      setPendingOrder(null);
    }
  };

  const onMoveButton = async (item: CollectionItem_ItemFragment, position: number, direction: 'up' | 'down') => {
    if (loading) return;
    setFocusAfterMove({ id: item.id, position, direction });
    if (!(await moveTo(item, position))) setFocusAfterMove(null);
  };

  // Moving a row in the DOM takes the focus away; once the list shows the new order, give it back to
  // the same item's button (or its twin, when the item reached either end).
  useEffect(() => {
    if (!focusAfterMove || items.findIndex((i) => i.id === focusAfterMove.id) !== focusAfterMove.position - 1) return;
    const { id, direction } = focusAfterMove;
    const row = listRef.current?.querySelector(`[data-item-id="${id}"]`);
    const same = row?.querySelector<HTMLButtonElement>(`[data-move="${direction}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-move="${direction === 'up' ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
    setFocusAfterMove(null);
  }, [items, focusAfterMove]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    const item = ordered[from];
    if (!item || to < 0) return;
    setPendingOrder(arrayMove(ids, from, to));
    void moveTo(item, to + 1);
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('collections.dnd.picked', { title: titleOf(active.id), position: positionOf(active.id), total: ids.length }),
    onDragOver: ({ active, over }) =>
      over ? t('collections.dnd.over', { title: titleOf(active.id), position: positionOf(over.id), total: ids.length }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('collections.dnd.dropped', { title: titleOf(active.id), position: positionOf(over.id), total: ids.length }) : undefined,
    onDragCancel: ({ active }) => t('collections.dnd.cancelled', { title: titleOf(active.id) }),
  };

  return (
    <div className="collection-editor">
      <p className="field__hint" id="collection-editor-help">
        {t('collections.editor.help')}
      </p>
      {error && <ErrorNotice error={error} />}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('collections.dnd.instructions') } }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol
            className="collection-items"
            ref={listRef}
            aria-labelledby={labelledBy}
            aria-describedby="collection-editor-help"
            aria-busy={loading}
          >
            {ordered.map((item, index) => (
              <EditableItem
                key={item.id}
                item={item}
                index={index}
                count={ordered.length}
                onMove={(i, position, direction) => void onMoveButton(i, position, direction)}
                onRemoved={(title) => setMessage(t('collections.editor.removed', { title }))}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <p className="visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}
