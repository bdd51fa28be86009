import type { GlossaryTerm } from '@/data/domain';
import type { Lang } from '@/lib/format';

export interface TextPiece {
  text: string;
  /** The glossary entry this piece names, when it is a term. */
  termId?: string;
}

/** The forms a term takes in a language: the term itself and, in Chinese, the report's other wordings. */
function formsOf(term: GlossaryTerm, lang: Lang): string[] {
  return lang === 'zh' ? [term.termZh, ...(term.wordings ?? [])] : [normalEnglish(term.termEn)];
}

/** A term's English without its quotes. */
function normalEnglish(text: string): string {
  return text.replace(/[“”"]/g, '');
}

const patterns = new Map<string, RegExp>();

/**
 * English matched whatever the case, the quotes or the kind of dash: "double-qualified teachers"
 * and “Double-qualified” teachers both name “Double-qualified” teacher, "student-teacher ratio"
 * the term written with an en dash.
 */
function englishPattern(form: string): RegExp {
  let pattern = patterns.get(form);
  if (!pattern) {
    const body = [...form]
      .map((ch) =>
        ch === ' ' ? '["“”]?\\s+["“”]?' : /[-‐‑‒–—]/.test(ch) ? '[-‐‑‒–—]' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('');
    pattern = new RegExp(`["“”]?${body}["“”]?`, 'i');
    patterns.set(form, pattern);
  }
  return pattern;
}

/**
 * Splits a label at the glossary terms it uses, longest form first, each term once, so a view can
 * link "认定“双师型”教师" to the entry for 双师型教师. Text with no term comes back whole.
 */
export function splitByTerms(text: string, terms: readonly GlossaryTerm[], lang: Lang): TextPiece[] {
  const forms = terms
    .flatMap((term) => formsOf(term, lang).map((form) => ({ form, id: term.id })))
    .filter((f) => f.form.length >= 2)
    .sort((a, b) => b.form.length - a.form.length);
  let pieces: TextPiece[] = [{ text }];
  const used = new Set<string>();
  for (const { form, id } of forms) {
    if (used.has(id)) continue;
    const next: TextPiece[] = [];
    for (const piece of pieces) {
      const at =
        piece.termId || used.has(id)
          ? -1
          : lang === 'zh'
            ? piece.text.indexOf(form)
            : (englishPattern(form).exec(piece.text)?.index ?? -1);
      const length = lang === 'zh' ? form.length : (englishPattern(form).exec(piece.text)?.[0].length ?? 0);
      if (at < 0) {
        next.push(piece);
        continue;
      }
      used.add(id);
      const before = piece.text.slice(0, at);
      const after = piece.text.slice(at + length);
      if (before) next.push({ text: before });
      next.push({ text: piece.text.slice(at, at + length), termId: id });
      if (after) next.push({ text: after });
    }
    pieces = next;
  }
  return pieces;
}
