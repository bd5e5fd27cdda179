import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveStep, toursFor } from '../../data/tours';
import { formatProblem } from '../../data/validate';
import { useAppStoreApi } from '../../store';

/** Problems listed in the start-up notice; the rest are summarised (the tours panel says more). */
const NOTICE_PROBLEMS = 5;

/**
 * Keeps the running tour sound: a step beyond the tour's end (from a hand-edited link) becomes the
 * last step, with a notice; a tour the shown dataset cannot show (another dataset was loaded) ends.
 * At start-up, a link to a tour step opens the tour panel, where its narrative is read, and a
 * broken stories file is reported once (the app goes on, with the tours that are sound).
 */
export function useTourKeeper() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  useEffect(() => {
    const start = store.getState();
    const { problems } = toursFor(start.dataset);
    if (problems.length > 0) {
      // in the UI language, each with its place in the stories file
      const details = problems
        .slice(0, NOTICE_PROBLEMS)
        .map((p) => `${p.path ? `${p.path}: ` : ''}${formatProblem(p, t)}`);
      if (problems.length > NOTICE_PROBLEMS)
        details.push(t('learn.tours.moreProblems', { count: problems.length - NOTICE_PROBLEMS }));
      start.notify({ kind: 'warning', text: t('learn.tours.brokenNotice'), details });
    }
    const requested = start.tour;
    const first = resolveStep(toursFor(start.dataset).tours, requested);
    if (requested && first && first.index !== requested.step) {
      start.notify({
        kind: 'warning',
        text: t('learn.tours.stepOutOfRange', { step: requested.step + 1, count: first.tour.steps.length }),
      });
    }
    if (requested && first && start.tool === null) start.setTool('tours');

    const keep = () => {
      const s = store.getState();
      if (!s.tour) return;
      const at = resolveStep(toursFor(s.dataset).tours, s.tour);
      if (!at) s.setTour(null);
      else if (at.index !== s.tour.step) s.setTour({ id: at.tour.id, step: at.index });
    };
    keep();
    const offTour = store.subscribe((s) => s.tour, keep);
    const offData = store.subscribe((s) => s.dataset, keep);
    return () => {
      offTour();
      offData();
    };
    // once per app: `t` is stable for the app's i18n instance
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
