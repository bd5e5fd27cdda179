import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import { applyPathHighlight } from '../../../../src/cy/controllers/highlight';
import { shortestPaths } from '../../../../src/graph/paths';
import { toSubGraph, visibleElements } from '../../../../src/graph/filter';
import { NO_FILTERS } from '../../../../src/graph/filterFields';
import { FIXTURE } from '../../../fixtures/datasets';
import { headlessGraph, withClass } from '../../../helpers/headlessGraph';

let cy: Core;
beforeEach(() => (cy = headlessGraph()));
afterEach(() => cy.destroy());

const graph = toSubGraph(FIXTURE, visibleElements(FIXTURE, NO_FILTERS));

describe('applyPathHighlight', () => {
  it('marks the hops of the shortest paths and their ends, dims the rest, and clears when there is none', () => {
    const found = shortestPaths(graph, 'noa', 'sakerhetspolisen');
    applyPathHighlight(cy, found, ['noa', 'sakerhetspolisen']);
    expect(withClass(cy, 'path-hop')).toEqual(
      ['noa', 'noa-part-of-polisen', 'polisen-sapo-coop', 'polismyndigheten', 'sakerhetspolisen'].sort(),
    );
    expect(withClass(cy, 'path-end')).toEqual(['noa', 'sakerhetspolisen']);
    expect(withClass(cy, 'path-dim')).toEqual(
      ['europol', 'nct', 'nct-staffed-by-polisen', 'nct-staffed-by-sapo', 'noa-lo-europol'].sort(),
    );

    applyPathHighlight(cy, { kind: 'none' }, ['noa', 'sakerhetspolisen']);
    expect(cy.elements('.path-hop, .path-dim, .path-end')).toHaveLength(0);
  });
});
