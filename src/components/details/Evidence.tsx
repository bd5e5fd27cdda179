/**
 * Evidence for a claim: each quote in its original language (the language of its source),
 * marked with that language both for screen readers (lang attribute) and visibly (a tag), with
 * the source's title and publisher beneath it.
 */
import { useTranslation } from 'react-i18next';
import type { Evidence as EvidenceItem, Lang } from '../../data/schema';
import { indexDataset } from '../../graph/relations';
import { useAppStore } from '../../store';

const LANG_TAG = { sv: 'common.details.langTag.sv', en: 'common.details.langTag.en' } as const;
const QUOTE_IN = { sv: 'common.details.quoteIn.sv', en: 'common.details.quoteIn.en' } as const;

function Quote({ item, lang }: { item: EvidenceItem; lang: Lang }) {
  const { t } = useTranslation();
  const dataset = useAppStore((s) => s.dataset);
  const source = indexDataset(dataset).sources.get(item.source);
  // a quote is written in its source's language; a dangling source is shown as such
  const quoteLang: Lang = source?.language ?? lang;
  const year = source?.date?.slice(0, 4);
  return (
    <figure className="quote">
      {item.quote !== undefined && (
        <div className="quote-body">
          <span className="lang-tag" aria-hidden="true">
            {t(LANG_TAG[quoteLang])}
          </span>
          <span className="visually-hidden">{t(QUOTE_IN[quoteLang])}: </span>
          <blockquote lang={quoteLang}>{item.quote}</blockquote>
        </div>
      )}
      <figcaption>
        {source ? (
          <>
            <span className="visually-hidden">{t('common.details.source')}: </span>
            <cite lang={quoteLang}>{source.title[quoteLang]}</cite>
            {quoteLang !== lang && source.title[lang] !== source.title[quoteLang] && (
              <span className="cite-translation"> ({source.title[lang]})</span>
            )}
            <span className="publisher">
              {source.publisher ? ` — ${source.publisher}` : ''}
              {year ? `, ${year}` : ''}
            </span>
            {source.url && (
              <>
                {' '}
                <a href={source.url} target="_blank" rel="noreferrer noopener" className="source-link">
                  {t('common.details.openSource')}
                  <span aria-hidden="true"> ↗</span>
                </a>
              </>
            )}
          </>
        ) : (
          <span className="unknown-source">
            {t('common.details.unknownSource')} ({item.source})
          </span>
        )}
      </figcaption>
      {item.note && <p className="evidence-note">{item.note[lang]}</p>}
    </figure>
  );
}

/** A list of quotes; nothing when there are none. */
export function EvidenceList({ items, lang }: { items: readonly EvidenceItem[] | undefined; lang: Lang }) {
  if (!items?.length) return null;
  return (
    <ul className="evidence">
      {items.map((item, i) => (
        <li key={`${item.source}-${i}`}>
          <Quote item={item} lang={lang} />
        </li>
      ))}
    </ul>
  );
}
