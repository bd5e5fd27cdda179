import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../../i18n/uiLang';
import { resolveStep, stepElementIds, toursFor, type GuidedTour } from '../../data/tours';
import { visibleElements } from '../../graph/filter';
import { readEdge, indexDataset } from '../../graph/relations';
import { fullLabel } from '../../graph/elements';
import { useAppStore, useAppStoreApi } from '../../store';
import { EvidenceList } from '../evidence/EvidenceList';
import { CopyLink } from '../CopyLink';
import { startTour, stepTour } from '../learn/tourNav';
import '../../styles/learn.css';

/**
 * The guided tours: a list to start one from, then the running tour's step (its title and
 * narrative, "step 3 of 7", previous and next, and the evidence of what it highlights one click
 * away). The step lives in the store (`tour`), so it is a link and the arrow keys move it too.
 */
export function TourPanel() {
  const dataset = useAppStore((s) => s.dataset);
  const tour = useAppStore((s) => s.tour);
  const { tours, problems } = toursFor(dataset);
  const at = resolveStep(tours, tour);
  return (
    <div className="tour-panel">
      {at ? (
        <TourPlayer tour={at.tour} index={at.index} />
      ) : (
        <TourList tours={tours} broken={problems.length > 0} />
      )}
    </div>
  );
}

function TourList({ tours, broken }: { tours: GuidedTour[]; broken: boolean }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const lang = useUiLang();
  return (
    <>
      <p className="panel-intro">{t('learn.tours.intro')}</p>
      {broken && (
        <p className="learn-warning" role="note">
          {tours.length > 0 ? t('learn.tours.someUnavailable') : t('learn.tours.unavailable')}
        </p>
      )}
      <ul className="tour-list">
        {tours.map((tour) => (
          <li key={tour.id}>
            <h3 id={`tour-title-${tour.id}`}>{tour.title[lang]}</h3>
            <p>{tour.description[lang]}</p>
            <div className="tour-list-foot">
              <span className="muted">{t('learn.tours.steps', { count: tour.steps.length })}</span>
              <button
                type="button"
                className="primary"
                aria-describedby={`tour-title-${tour.id}`}
                onClick={() => startTour(store, tour.id)}
              >
                {t('learn.tours.start')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

function TourPlayer({ tour, index }: { tour: GuidedTour; index: number }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const lang = useUiLang();
  const dataset = useAppStore((s) => s.dataset);
  const filters = useAppStore((s) => s.filters);
  const focus = useAppStore((s) => s.focus);
  const setTour = useAppStore((s) => s.setTour);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const setFocus = useAppStore((s) => s.setFocus);
  const select = useAppStore((s) => s.select);
  const [evidenceOpen, setEvidenceOpen] = useState(false);
  const step = tour.steps[index]!;
  const count = tour.steps.length;
  const last = index === count - 1;

  const ids = useMemo(() => stepElementIds(step, dataset), [step, dataset]);
  // What the filters hide of this step: the tour says so rather than pointing at nothing.
  const hidden = useMemo(() => {
    const visible = visibleElements(dataset, filters, focus);
    return (
      ids.nodes.filter((id) => !visible.nodes.has(id)).length +
      ids.edges.filter((id) => !visible.edges.has(id)).length
    );
  }, [dataset, filters, focus, ids]);

  const index_ = indexDataset(dataset);
  const edges = step.edges.map((id) => index_.edges.get(id)).filter((e) => e !== undefined);
  // A step that highlights no relationship shows the evidence for its organisations instead.
  const nodes =
    edges.length === 0 ? step.nodes.map((id) => index_.nodes.get(id)).filter((n) => n?.evidence?.length) : [];
  const evidenceCount = edges.length + nodes.length;

  return (
    <section className="tour-player" aria-labelledby="tour-step-title">
      <div className="tour-head">
        <p className="tour-name">{tour.title[lang]}</p>
        <div className="tour-progress" aria-live="polite" aria-atomic="true">
          <span>{t('learn.tours.stepOf', { step: index + 1, count })}</span>
          <span className="visually-hidden">: {step.title[lang]}</span>
        </div>
      </div>
      <div className="tour-bar" aria-hidden="true">
        <span style={{ width: `${((index + 1) / count) * 100}%` }} />
      </div>
      <h3 id="tour-step-title">{step.title[lang]}</h3>
      <StepText text={step.text[lang]} />
      {hidden > 0 && (
        <p className="learn-warning" role="note">
          {t('learn.tours.hiddenByFilters', { count: hidden })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              resetFilters();
              setFocus(null);
            }}
          >
            {t('learn.tours.showAll')}
          </button>
        </p>
      )}
      {evidenceCount > 0 && (
        <div className="tour-evidence">
          <button
            type="button"
            className="disclosure"
            aria-expanded={evidenceOpen}
            aria-controls="tour-evidence"
            onClick={() => setEvidenceOpen((o) => !o)}
          >
            {t('learn.tours.evidence', { count: evidenceCount })}
          </button>
          <div id="tour-evidence" hidden={!evidenceOpen}>
            <ul className="tour-evidence-list">
              {edges.map((e) => {
                const r = readEdge(dataset, e, lang);
                return (
                  <li key={e.id}>
                    <p className="relation-sentence">
                      {r ? `${fullLabel(r.from, lang)} ${r.label} ${fullLabel(r.to, lang)}` : e.id}{' '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => select({ kind: 'edge', id: e.id })}
                      >
                        {t('learn.tours.selectRelation')}
                      </button>
                    </p>
                    <EvidenceList items={e.evidence} showNone />
                  </li>
                );
              })}
              {nodes.map((n) => (
                <li key={n!.id}>
                  <p className="relation-sentence">{fullLabel(n!, lang)}</p>
                  <EvidenceList items={n!.evidence} showNone />
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <div className="tour-nav">
        <button
          type="button"
          onClick={() => stepTour(store, -1)}
          disabled={index === 0}
          aria-keyshortcuts="ArrowLeft"
        >
          ← {t('learn.tours.previous')}
        </button>
        {last ? (
          <button type="button" className="primary" onClick={() => setTour(null)}>
            {t('learn.tours.finish')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => stepTour(store, 1)}
            aria-keyshortcuts="ArrowRight"
          >
            {t('learn.tours.next')} →
          </button>
        )}
      </div>
      <div className="tour-foot">
        <CopyLink label={t('learn.tours.copyLink')} buttonClassName="link-button" />
        {!last && (
          <button type="button" className="link-button" onClick={() => setTour(null)}>
            {t('learn.tours.end')}
          </button>
        )}
      </div>
    </section>
  );
}

/**
 * The step's narrative. On a phone it scrolls in a bounded area (so the graph keeps most of the
 * height); while it scrolls it can be focused, so the keyboard scrolls it too.
 */
function StepText({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setScrolls(el.scrollHeight > el.clientHeight + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [text]);
  return (
    <p ref={ref} className="tour-text" tabIndex={scrolls ? 0 : undefined}>
      {text}
    </p>
  );
}
