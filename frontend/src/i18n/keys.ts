import type collections from '../features/collections/i18n/uk.json';
import type contribute from '../features/contribute/i18n/uk.json';
import type account from '../features/account/i18n/uk.json';
import type notifications from '../features/notifications/i18n/uk.json';
import type offline from '../features/offline/i18n/uk.json';
import type outbox from '../features/outbox/i18n/uk.json';
import type forms from '../shared/forms/i18n/uk.json';
import type core from './uk.json';

/** Every word the app can show, typed from the Ukrainian catalogues: the core one, each feature's and the form kit's. */
export type Messages = typeof core &
  typeof contribute &
  typeof collections &
  typeof offline &
  typeof outbox &
  typeof account &
  typeof notifications &
  typeof forms;

// A plural key stands for its forms, so `practices.count_one` … `_other` are asked for as `practices.count`.
// One test per suffix: in `${infer Base}_${Union}` TypeScript would cut at the first underscore instead.
type WithoutPlural<Key extends string> = Key extends `${infer Base}_zero`
  ? Base
  : Key extends `${infer Base}_one`
    ? Base
    : Key extends `${infer Base}_two`
      ? Base
      : Key extends `${infer Base}_few`
        ? Base
        : Key extends `${infer Base}_many`
          ? Base
          : Key extends `${infer Base}_other`
            ? Base
            : Key;

/** The dotted path of every message in a nested catalogue. */
export type KeyPaths<Catalogue> = {
  [Key in keyof Catalogue & string]: Catalogue[Key] extends string ? WithoutPlural<Key> : `${Key}.${KeyPaths<Catalogue[Key]>}`;
}[keyof Catalogue & string];

/** A key of the catalogues: `t('missing.key')` does not compile. */
export type MessageKey = KeyPaths<Messages>;

/** i18next's name for the same union, so modules that imported it change only the import. */
export type ParseKeys = MessageKey;

/** Values for a message's `{{name}}` placeholders; `count` also picks the plural form. */
export interface TOptions {
  count?: number;
  /** Shown when no catalogue has the key (for keys built from data the API may extend). */
  defaultValue?: string;
  [name: string]: unknown;
}

/** Looks a message up in the current language (Ukrainian when it has none) and fills in its placeholders. */
export type TFunction = (key: MessageKey, options?: TOptions) => string;
