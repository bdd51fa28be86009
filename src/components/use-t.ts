import { useCallback } from 'react';
import { useLang } from '@/state/store';
import { fill, translate, type MessageKey, type Messages, type Params } from '@/lib/i18n';

/** The translate function for the shared messages, in the active language. */
export function useT() {
  const lang = useLang();
  return useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
}

/** The same for a feature's own dictionary, so features keep their labels beside their code. */
export function useMessages<M extends Messages>(messages: M) {
  const lang = useLang();
  return useCallback(
    (key: keyof M & string, params?: Params) => fill(messages[key]?.[lang] ?? key, params),
    [lang, messages],
  );
}
