import { useCallback } from 'react';
import { useLang } from '@/state/store';
import { translateIn, type Dictionary, type MessageKey, type Params } from '@/lib/i18n';

const NONE: Dictionary = {};

/** The shared-messages translate function, for helpers that take one. */
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * The one way a component translates: t(key, params) over a feature's own dictionary (typed keys)
 * and the shared messages, in the active language, with English plurals from the count.
 */
export function useT<D extends Dictionary = Record<never, never>>(dict?: D) {
  const lang = useLang();
  const source = dict ?? (NONE as D);
  return useCallback(
    (key: (keyof D & string) | MessageKey, params?: Params) => translateIn(source, lang, key, params),
    [lang, source],
  );
}

/** @deprecated use useT(dictionary). */
export function useMessages<M extends Dictionary>(messages: M) {
  return useT(messages);
}
