/**
 * Controllers: each applies one slice of store state to the Cytoscape instance, in cy.batch,
 * and removes its listeners when the instance goes. Add new ones here.
 */
import type { Core } from 'cytoscape';
import { useLanguageController } from './language';
import { useSelectionController } from './selection';
import { useInitialLayoutController } from './initialLayout';
import { useGlobalHandle } from './globalHandle';

export function useCyControllers(cy: Core | null) {
  useGlobalHandle(cy);
  useInitialLayoutController(cy);
  useLanguageController(cy);
  useSelectionController(cy);
}
