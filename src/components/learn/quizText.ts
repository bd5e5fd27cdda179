/**
 * The words of the self-test: each template's question is a whole sentence per language in the
 * locale files (names inflected there where the dataset's bare label would not read right), one
 * key per template, mapped here explicitly. Pure, so a test can word every question the generator
 * produces in both languages.
 */
import { LANG_LOCALES } from '../../data/langs';
import type { TFunction } from 'i18next';
import type { GraphNode, Lang } from '../../data/schema';
import { fullLabel } from '../../graph/elements';
import type { QuizOption, QuizQuestion, QuizTemplateId } from '../../graph/quiz';

export const QUESTION_KEYS = {
  'nct-staff': 'learn.quiz.q.nctStaff',
  'opc-swedish-agencies': 'learn.quiz.q.opcSwedishAgencies',
  'opc-formed-under': 'learn.quiz.q.opcFormedUnder',
  'opc-year': 'learn.quiz.q.opcYear',
  'bstf-year': 'learn.quiz.q.bstfYear',
  'ctg-year': 'learn.quiz.q.ctgYear',
  'bstf-set-up-by': 'learn.quiz.q.bstfSetUpBy',
  'nordic-led-by': 'learn.quiz.q.nordicLedBy',
  'opc-coordinator-based-at': 'learn.quiz.q.opcCoordinatorBasedAt',
  'ctg-other-countries': 'learn.quiz.q.ctgOtherCountries',
  'ctg-swedish-agency': 'learn.quiz.q.ctgSwedishAgency',
  'itp-financed-by': 'learn.quiz.q.itpFinancedBy',
  'itp-implemented-by': 'learn.quiz.q.itpImplementedBy',
  'europol-office-where': 'learn.quiz.q.europolOfficeWhere',
  'europol-agency-of': 'learn.quiz.q.europolAgencyOf',
  'sweden-observer-of': 'learn.quiz.q.swedenObserverOf',
  'socta-whose': 'learn.quiz.q.soctaWhose',
  'cic-issues': 'learn.quiz.q.cicIssues',
  'cic-swedish-agency': 'learn.quiz.q.cicSwedishAgency',
  'international-force-missions': 'learn.quiz.q.internationalForceMissions',
  'interpol-global': 'learn.quiz.q.interpolGlobal',
} as const satisfies Record<QuizTemplateId, `learn.quiz.q.${string}`>;

/** The question as a sentence in `lang`; `{{name}}` is the subject's full name from the data. */
export function questionText(
  t: TFunction,
  q: QuizQuestion,
  nodes: ReadonlyMap<string, GraphNode>,
  lang: Lang,
): string {
  const subject = nodes.get(q.subject);
  return t(QUESTION_KEYS[q.id], { name: subject ? fullLabel(subject, lang) : q.subject, lng: lang });
}

/** An option as shown: a year, or the node's full name with its acronym. */
export function optionText(o: QuizOption, nodes: ReadonlyMap<string, GraphNode>, lang: Lang): string {
  if (o.type === 'year') return String(o.year);
  const n = nodes.get(o.node);
  return n ? fullLabel(n, lang) : o.node;
}

/** Options by their ids, as a list in the question's order ("A, B and C" / "A, B och C"). */
export function optionsText(
  q: QuizQuestion,
  ids: readonly string[],
  nodes: ReadonlyMap<string, GraphNode>,
  lang: Lang,
): string {
  const list = q.options.filter((o) => ids.includes(o.id)).map((o) => optionText(o, nodes, lang));
  return new Intl.ListFormat(LANG_LOCALES[lang], { type: 'conjunction' }).format(list);
}
