/**
 * Controllers: each applies one slice of store state to the Cytoscape instance, in cy.batch,
 * and removes its listeners when the instance goes. Add new ones here.
 */
import type { Core } from 'cytoscape';
import { useLanguageController } from './language';
import { useSelectionController } from './selection';
import { useRegisterInstance } from './register';
import { useResizeController } from './resize';
import { useGlobalHandle } from './globalHandle';
import { useTourController } from './tour';
import { usePresentationController } from './presentation';
import { usePrintController } from './print';
import { useVisibilityController } from './visibility';
import { useHighlightController } from './highlight';
import { usePathLinkFrame } from './pathFrame';
import { useSizeByController } from './sizeBy';
import { useLabelController } from './labels';
import { useEmphasisController } from './emphasis';
import { useKeepController } from './keep';
import { useRestController } from './rest';

export function useCyControllers(cy: Core | null) {
  useGlobalHandle(cy);
  useRegisterInstance(cy);
  useResizeController(cy);
  useLanguageController(cy);
  useSelectionController(cy);
  useTourController(cy);
  usePresentationController(cy);
  usePrintController(cy);
  useVisibilityController(cy);
  useHighlightController(cy);
  usePathLinkFrame(cy);
  useSizeByController(cy);
  useEmphasisController(cy);
  // last: it places labels once the others have set their classes
  useLabelController(cy);
  useKeepController(cy);
  useRestController(cy);
}
