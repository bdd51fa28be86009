import { useCallback } from 'react';
import { useLang } from '../state/store';
import { translate, type MessageKey } from '../lib/i18n';

/** The translate function for the active language. */
export function useT() {
  const lang = useLang();
  return useCallback((key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params), [lang]);
}
