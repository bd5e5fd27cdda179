/**
 * Evidence for a claim, the same wherever it is shown (details panel, list, tours, self-test):
 * each quote in its original language (the language of its source), marked with that language for
 * screen readers (lang attribute) and visibly (a tag); under it, where the quote is in the other
 * language, our translation, marked as ours; whether the quote states the claim or only implies it;
 * and the source: its kind (an authority's page, a news article), title, publisher, date and a link.
 */
import { LANG_LOCALES } from '../../data/langs';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../i18n/uiLang';
import type { Evidence, Lang, Source } from '../../data/schema';
import { EVIDENCE_SUPPORT, SOURCE_KINDS } from '../../data/vocabulary';
import { indexDataset } from '../../graph/relations';
import { safeHref } from '../../graph/safeUrl';
import { useAppStore } from '../../store';
import '../../styles/evidence.css';

const LANG_TAG = {
  sv: 'common.details.langTag.sv',
  en: 'common.details.langTag.en',
} as const satisfies Record<Lang, string>;
const QUOTE_IN = {
  sv: 'common.details.quoteIn.sv',
  en: 'common.details.quoteIn.en',
} as const satisfies Record<Lang, string>;

/** A source's date as the reader's language writes it ("21 March 2024", "21 mars 2024"). */
function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(LANG_LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

function SourceLine({ source, lang }: { source: Source; lang: Lang }) {
  const { t } = useTranslation();
  const href = safeHref(source.url);
  // an imported source may not say its language: its title is then shown as given
  const own = source.language ?? lang;
  const otherTitle = own !== lang && source.title[lang] !== source.title[own];
  return (
    <>
      {source.kind && (
        <span className={`source-kind source-kind-${source.kind}`}>
          <span className="visually-hidden">{t('common.details.sourceKind')}: </span>
          <span className="source-kind-name">{SOURCE_KINDS[source.kind][lang]}</span>
        </span>
      )}
      <span className="visually-hidden">{t('common.details.source')}: </span>
      <cite lang={own}>{source.title[own]}</cite>
      {otherTitle && <span className="cite-translation"> ({source.title[lang]})</span>}
      <span className="publisher">
        {source.publisher ? ` — ${source.publisher}` : ''}
        {source.date ? `, ${formatDate(source.date, lang)}` : ''}
      </span>
      {href ? (
        <>
          {' '}
          <a href={href} target="_blank" rel="noreferrer noopener" className="source-link">
            {t('common.details.openSource')}
            <span className="visually-hidden">: {source.title[lang]}</span>
            <span aria-hidden="true"> ↗</span>
          </a>
        </>
      ) : (
        source.url && (
          // an address that is not a web address is shown, never followed
          <span className="source-address">
            {' '}
            {t('common.details.address')}: <span className="source-address-text">{source.url}</span>
          </span>
        )
      )}
    </>
  );
}

function Quote({ item, lang }: { item: Evidence; lang: Lang }) {
  const { t } = useTranslation();
  const dataset = useAppStore((s) => s.dataset);
  const source = indexDataset(dataset).sources.get(item.source);
  // a quote is written in its source's language; a dangling source is shown as such
  const quoteLang: Lang = source?.language ?? lang;
  const translation = quoteLang !== lang ? item.translation?.[lang]?.trim() : undefined;
  const implied = item.support === 'implied';
  return (
    <figure className="quote">
      <div className="quote-body">
        <span className="lang-tag" aria-hidden="true">
          {t(LANG_TAG[quoteLang])}
        </span>
        <span className="visually-hidden">{t(QUOTE_IN[quoteLang])}: </span>
        <blockquote lang={quoteLang}>{item.quote}</blockquote>
      </div>
      {translation && (
        <div className="quote-translation">
          <span className="translation-label">{t('common.details.ourTranslation')}</span>{' '}
          <span className="translation-text" lang={lang}>
            {translation}
          </span>
        </div>
      )}
      {(implied || item.note) && (
        <p className="evidence-note">
          {implied && <span className="support-tag">{EVIDENCE_SUPPORT.implied[lang]}</span>}
          {implied && item.note && ' '}
          {item.note?.[lang]}
        </p>
      )}
      <figcaption>
        {source ? (
          <SourceLine source={source} lang={lang} />
        ) : (
          <span className="unknown-source">
            {t('common.details.unknownSource')} ({item.source})
          </span>
        )}
      </figcaption>
    </figure>
  );
}

/**
 * A list of quotes. With none: nothing, or (`showNone`) a line saying there are none, for views
 * where the reader came looking for evidence.
 */
export function EvidenceList({
  items,
  lang: langProp,
  showNone = false,
}: {
  items: readonly Evidence[] | undefined;
  /** The reader's language; the app's by default. */
  lang?: Lang;
  showNone?: boolean;
}) {
  const { t } = useTranslation();
  const appLang = useUiLang();
  const lang = langProp ?? appLang;
  if (!items?.length) return showNone ? <p className="evidence-none">{t('learn.evidence.none')}</p> : null;
  return (
    <ul className="evidence-list">
      {items.map((item, i) => (
        <li key={`${item.source}-${i}`}>
          <Quote item={item} lang={lang} />
        </li>
      ))}
    </ul>
  );
}
