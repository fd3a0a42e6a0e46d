import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import type { CollectionItem_ItemFragment } from '@/gql/graphql';
import { useApiProblem } from '@/shared/errors/useApiProblem';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { useRemoveCollectionItem } from '../hooks/useRemoveCollectionItem';
import { useMe } from '@/shared/session/useMe';
import { useDeviceDraft } from '@/shared/forms/useDeviceDraft';
import { useOutboxSubmit } from '@/shared/outbox/useOutboxSubmit';
import { useLocation } from '@/shared/router';
import { UPDATE_COLLECTION_ITEM_NOTE } from '../graphql/collection.mutations';
import { CollectionItemView, targetTitle } from './CollectionItemView';
import { collectionFieldError, formLevelProblem } from './field-errors';

interface EditableItemProps {
  item: CollectionItem_ItemFragment;
  index: number;
  count: number;
  onMove: (item: CollectionItem_ItemFragment, position: number, direction: 'up' | 'down') => void;
  onRemoved: (title: string) => void;
}

/** One item for its curators: a drag handle, move up/down buttons, the note editor and removal. */
export function EditableItem({ item, index, count, onMove, onRemoved }: EditableItemProps) {
  const { t, i18n } = useTranslation();
  const title = targetTitle(i18n.resolvedLanguage, item.target).text;
  const headingId = useId();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  const style = { transform: CSS.Transform.toString(transform), transition };

  return (
    <li
      ref={setNodeRef}
      style={style}
      className={isDragging ? 'collection-item collection-item--dragging' : 'collection-item'}
      data-item-id={item.id}
      aria-labelledby={headingId}
    >
      <div className="collection-item__order">
        <button type="button" ref={setActivatorNodeRef} className="drag-handle" {...attributes} {...listeners}>
          <span aria-hidden="true">⠿</span>
          <span className="visually-hidden">{t('collections.editor.drag', { title })}</span>
        </button>
        <span className="collection-item__position" aria-hidden="true">
          {index + 1}
        </span>
      </div>
      <CollectionItemView item={item} headingId={headingId} />
      <div className="collection-item__tools">
        <button type="button" data-move="up" disabled={index === 0} onClick={() => onMove(item, index, 'up')}>
          {t('collections.editor.moveUp')}
          <span className="visually-hidden">: {title}</span>
        </button>
        <button type="button" data-move="down" disabled={index === count - 1} onClick={() => onMove(item, index + 2, 'down')}>
          {t('collections.editor.moveDown')}
          <span className="visually-hidden">: {title}</span>
        </button>
        <NoteEditor item={item} title={title} />
        <RemoveItem item={item} title={title} onRemoved={onRemoved} />
      </div>
    </li>
  );
}

/**
 * The curator's note on one item. What is typed is kept on the device until the server has it, and a note
 * written with no connection waits in the device's send queue (the header and /outbox show it).
 */
function NoteEditor({ item, title }: { item: CollectionItem_ItemFragment; title: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { me } = useMe();
  const { pathname } = useLocation();
  const note = useDeviceDraft<string>(`collectionNote.${item.id}`, () => item.noteUk ?? '');
  // A note left half-written on this device opens again by itself.
  const [open, setOpen] = useState(note.restored);
  const outbox = useOutboxSubmit<string>(note);
  const { sending, accepted } = outbox;
  const error = outbox.refusal?.error;
  const { problem } = useApiProblem(error ?? undefined);
  const fieldError = collectionFieldError(t, problem, 'noteUk');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!me || sending) return;
    const noteUk = note.form.trim();
    const done = await outbox.send(
      {
        userId: me.id,
        kind: 'collectionNote',
        about: { title, href: pathname },
        text: noteUk,
        request: { document: UPDATE_COLLECTION_ITEM_NOTE, variables: { input: { itemId: item.id, noteUk: noteUk || null } } },
      },
      note.form,
    );
    if (done) setOpen(false);
  };

  if (!open)
    return (
      <>
        {accepted?.outcome === 'queued' && (
          <p role="status" className="field__hint">
            {t('collections.editor.noteQueued')}
          </p>
        )}
        <button
          type="button"
          onClick={() => {
            note.setForm(item.noteUk ?? '');
            outbox.clearRefusal();
            setOpen(true);
          }}
        >
          {item.noteUk ? t('collections.editor.editNote') : t('collections.editor.addNote')}
          <span className="visually-hidden">: {title}</span>
        </button>
      </>
    );

  return (
    <form className="note-editor" onSubmit={(e) => void submit(e)} aria-busy={sending} noValidate>
      {note.restored && <p className="field__hint">{t('collections.editor.noteRestored')}</p>}
      <div className={fieldError ? 'field field--invalid' : 'field'}>
        <label htmlFor={id}>{t('collections.editor.noteLabel', { title })}</label>
        <textarea
          id={id}
          rows={4}
          lang="uk"
          value={note.form}
          onChange={(e) => note.setForm(e.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${id}-error` : undefined}
          // The editor opens on request: the text box is where the curator wants to be.
          autoFocus
        />
        {fieldError && (
          <p id={`${id}-error`} className="field__error">
            {fieldError}
          </p>
        )}
      </div>
      {formLevelProblem(problem) && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="submit" className="button--primary" disabled={sending}>
          {t('collections.editor.saveNote')}
        </button>
        <button
          type="button"
          onClick={() => {
            note.forget();
            setOpen(false);
          }}
        >
          {t('collections.cancel')}
        </button>
      </div>
    </form>
  );
}

function RemoveItem({ item, title, onRemoved }: { item: CollectionItem_ItemFragment; title: string; onRemoved: (title: string) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading, error }] = useRemoveCollectionItem();
  if (!confirming)
    return (
      <button type="button" className="button--danger-quiet" onClick={() => setConfirming(true)}>
        {t('collections.editor.remove')}
        <span className="visually-hidden">: {title}</span>
      </button>
    );
  const confirm = async () => {
    try {
      await remove({ variables: { itemId: item.id } });
      onRemoved(title);
    } catch {
      // shown below
    }
  };
  return (
    <div className="confirm" role="group" aria-label={t('collections.editor.removeConfirm', { title })}>
      <p>{t('collections.editor.removeConfirm', { title })}</p>
      {error && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="button" className="button--danger" disabled={loading} onClick={() => void confirm()} autoFocus>
          {t('collections.editor.removeYes')}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          {t('collections.cancel')}
        </button>
      </div>
    </div>
  );
}
