/**
 * Choices made in the text views (the list's grouping and order, the glossary's search) that
 * should outlive a trip to the graph: the views unmount when another is shown.
 */
import { create } from 'zustand';
import type { ListGroupBy, ListSortBy } from '../../graph/listing';

type ViewPrefs = {
  groupBy: ListGroupBy;
  sortBy: ListSortBy;
  glossaryQuery: string;
  set: (patch: Partial<Omit<ViewPrefs, 'set'>>) => void;
};

export const useViewPrefs = create<ViewPrefs>()((set) => ({
  groupBy: 'type',
  sortBy: 'name',
  glossaryQuery: '',
  set: (patch) => set(patch),
}));

/** Back to the defaults (tests start from a clean slate). */
export const resetViewPrefs = () => useViewPrefs.setState({ groupBy: 'type', sortBy: 'name', glossaryQuery: '' });
