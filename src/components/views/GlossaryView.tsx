import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../i18n/uiLang';
import type { Lang } from '../../data/schema';
import { searchGlossary } from '../../graph/glossary';
import { useAppStore } from '../../store';
import '../../styles/learn.css';

const other = (lang: Lang): Lang => (lang === 'sv' ? 'en' : 'sv');

/**
 * The glossary: every acronym and term of the dataset, searchable, in the reader's language with
 * the other language beside it (each marked with its `lang`). A term that names an organisation
 * in the graph can be shown there.
 */
export function GlossaryView() {
  const { t } = useTranslation();
  const dataset = useAppStore((s) => s.dataset);
  const lang = useUiLang();
  const select = useAppStore((s) => s.select);
  const setView = useAppStore((s) => s.setView);
  const query = useAppStore((s) => s.viewPrefs.glossaryQuery);
  const setPrefs = useAppStore((s) => s.setViewPrefs);
  const searchId = useId();
  const entries = useMemo(() => dataset.glossary ?? [], [dataset]);
  const nodeIds = useMemo(() => new Set(dataset.nodes.map((n) => n.id)), [dataset]);
  const shown = useMemo(
    () => searchGlossary(entries, query, lang, dataset.nodes),
    [entries, query, lang, dataset],
  );
  const o = other(lang);

  const showInGraph = (node: string) => {
    select({ kind: 'node', id: node });
    setView('graph');
  };

  return (
    <section className="learn-view glossary-view" aria-labelledby="glossary-title">
      <div className="learn-view-head">
        <h2 id="glossary-title">{t('learn.glossary.title')}</h2>
        <p className="panel-intro">{t('learn.glossary.intro')}</p>
        <div className="learn-search">
          <label htmlFor={searchId}>{t('learn.glossary.search')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setPrefs({ glossaryQuery: e.target.value })}
            placeholder={t('learn.glossary.placeholder')}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <p className="learn-count" role="status">
          {query.trim()
            ? t('learn.glossary.matches', { count: shown.length })
            : t('learn.glossary.count', { count: entries.length })}
        </p>
      </div>
      {entries.length === 0 ? (
        <p>{t('learn.glossary.empty')}</p>
      ) : shown.length === 0 ? (
        <p>{t('learn.glossary.noMatch', { query })}</p>
      ) : (
        <ul className="glossary-list">
          {shown.map((e) => (
            <li key={e.id} className="glossary-entry">
              <div className="glossary-main">
                <h3 id={`glossary-${e.id}`} lang={lang}>
                  {e.term[lang]}
                </h3>
                {e.expansion && (
                  <p className="glossary-expansion" lang={lang}>
                    {e.expansion[lang]}
                  </p>
                )}
                <p lang={lang}>{e.definition[lang]}</p>
                {e.node && nodeIds.has(e.node) && (
                  <button
                    type="button"
                    aria-describedby={`glossary-${e.id}`}
                    onClick={() => showInGraph(e.node!)}
                  >
                    {t('learn.glossary.showInGraph')}
                  </button>
                )}
              </div>
              <div className="glossary-other">
                <p className="glossary-other-label">{t('learn.glossary.otherLanguage')}</p>
                <p lang={o}>
                  <strong>{e.term[o]}</strong>
                  {e.expansion && <> – {e.expansion[o]}</>}
                </p>
                <p lang={o}>{e.definition[o]}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
