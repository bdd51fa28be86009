import { describe, expect, it } from 'vitest';
import { messages } from '@/lib/messages';
import type { Dictionary } from '@/lib/i18n';

function isDictionary(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((m) => typeof m === 'object' && m !== null && 'zh' in m && 'en' in m)
  );
}

/** The language switch names the other language in that language: the one place English shows Chinese. */
const NAMES_CHINESE = new Set(['src/lib/messages.ts switchLanguage', 'src/lib/messages.ts switchLanguageLabel']);

/** Every dictionary of the app: the shared one and each feature's messages.ts. */
const featureModules = import.meta.glob<Record<string, unknown>>('/src/features/*/messages.ts', { eager: true });
const dictionaries: [string, Dictionary][] = [
  ['src/lib/messages.ts', messages],
  ...Object.entries(featureModules).flatMap(([path, module]) =>
    Object.entries(module)
      .filter(([, value]) => isDictionary(value))
      .map(([name, dict]) => [`${path.slice(1)} ${name}`, dict as Dictionary] as [string, Dictionary]),
  ),
];

const CJK_OR_FULL_WIDTH = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('every dictionary', () => {
  it('is found', () => {
    expect(dictionaries.length).toBeGreaterThan(5);
  });

  for (const [where, dict] of dictionaries) {
    it(`${where}: every key in both languages, English free of CJK and full-width punctuation, placeholders alike`, () => {
      const problems: string[] = [];
      for (const [key, message] of Object.entries(dict)) {
        if (!message.zh?.trim() || !message.en?.trim()) problems.push(`${key}: missing a language`);
        if (
          (!NAMES_CHINESE.has(`${where} ${key}`) && CJK_OR_FULL_WIDTH.test(message.en)) ||
          (message.enOne && CJK_OR_FULL_WIDTH.test(message.enOne))
        )
          problems.push(`${key}: CJK in English "${message.en}"`);
        if (placeholders(message.zh).join() !== placeholders(message.en).join())
          problems.push(
            `${key}: placeholders ${placeholders(message.zh).join()} vs ${placeholders(message.en).join()}`,
          );
        if (message.enOne && placeholders(message.enOne).join() !== placeholders(message.en).join())
          problems.push(`${key}: singular placeholders differ`);
      }
      expect(problems).toEqual([]);
    });
  }
});
