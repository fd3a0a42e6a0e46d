import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import type { SaveMeta } from '../autosave/useAutosave';
import type { EditorRecord } from './EditorForm';

interface ServerCopy<F> {
  form: F;
  meta: SaveMeta;
  record: EditorRecord;
}

interface ConflictChoiceProps<F> {
  mine: F;
  loadServerCopy: () => Promise<ServerCopy<F> | null>;
  /** Saves this device's form against the server's newer version. */
  onKeepMine: (meta: SaveMeta) => void;
  onTakeServer: (copy: ServerCopy<F>) => void;
}

// Row keys (`key`) are made afresh each time a form is built, so they never count as a difference.
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => (k === 'key' ? [] : [[k, comparable(v)]])),
    );
  return value;
}

/** A value as a person reads it: lists one per line, rows as their texts. */
function readable(value: unknown, yesNo: [string, string]): string {
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if (Array.isArray(value)) return value.map((entry) => readable(entry, yesNo)).join('\n');
  if (value && typeof value === 'object')
    return Object.values(comparable(value) as Record<string, unknown>)
      .map((entry) => readable(entry, yesNo))
      .filter(Boolean)
      .join(' — ');
  return String(value ?? '').trim();
}

/**
 * The field's label as the form shows it (fields carry `data-path`; paths are the form's own keys, plain
 * identifiers), or its name when it is not on screen.
 */
function labelOf(path: string): string {
  const field = document.querySelector(`[data-path="${path}"]`);
  const label = field && 'labels' in field ? (field as HTMLInputElement).labels?.[0] : null;
  const legend = field?.closest('fieldset')?.querySelector('legend');
  return (label ?? legend)?.textContent?.replace(/\s*\*\s*$/, '').trim() || path;
}

/**
 * Someone saved the record after this device last did: both versions side by side, field by field, and the
 * person chooses. Nothing is lost meanwhile: this device's version stays in its storage until they choose.
 */
export function ConflictChoice<F>({ mine, loadServerCopy, onKeepMine, onTakeServer }: ConflictChoiceProps<F>) {
  const { t } = useTranslation();
  const [server, setServer] = useState<ServerCopy<F> | null>(null);
  const load = useRef(loadServerCopy);
  // Asked once, when the conflict appears: the server's copy as it is now is what the person compares with.
  useEffect(() => {
    let live = true;
    void load.current().then(
      (copy) => live && setServer(copy),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const yesNo: [string, string] = [t('contribute.save.yes'), t('contribute.save.no')];
  const differences = server
    ? Object.keys(mine as Record<string, unknown>).filter(
        (key) =>
          JSON.stringify(comparable((mine as Record<string, unknown>)[key])) !==
          JSON.stringify(comparable((server.form as Record<string, unknown>)[key])),
      )
    : [];

  return (
    <section role="alert" className="conflict notice notice--error" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t('contribute.save.conflictTitle')}</h2>
      <p>{t('contribute.save.conflictBody')}</p>
      {!server ? (
        <p role="status">{t('contribute.save.conflictLoading')}</p>
      ) : (
        <>
          {differences.length === 0 ? (
            <p>{t('contribute.save.conflictSame')}</p>
          ) : (
            <dl className="conflict__fields">
              {differences.map((key) => (
                <div key={key} className="conflict__field" data-field={key}>
                  <dt>{labelOf(key)}</dt>
                  <dd>
                    <span className="conflict__which">{t('contribute.save.conflictMine')}</span>
                    <span className="conflict__mine">
                      {readable((mine as Record<string, unknown>)[key], yesNo) || t('contribute.save.conflictEmpty')}
                    </span>
                  </dd>
                  <dd>
                    <span className="conflict__which">{t('contribute.save.conflictServer')}</span>
                    <span className="conflict__server">
                      {readable((server.form as Record<string, unknown>)[key], yesNo) || t('contribute.save.conflictEmpty')}
                    </span>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <p className="actions">
            <button type="button" className="button--primary" onClick={() => onKeepMine(server.meta)}>
              {t('contribute.save.keepMine')}
            </button>
            <button type="button" onClick={() => onTakeServer(server)}>
              {t('contribute.save.takeServer')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
