/**
 * The marks of the pointer, the keyboard and the selection: which element is hovered, focused from
 * the keyboard or selected, and the neighbourhood the emphasis shows. On a small network they are
 * the elements' own classes and selection state, which the stylesheet draws. On a large one (see
 * largeGraph.ts) they are kept here, off the elements, and drawn on the emphasis layer (see
 * emphasisLayer.ts): any style change of any element, even one, makes Cytoscape throw away the
 * cached picture of the part of the network it is in, and the frames after it draw thousands of
 * elements one by one (seconds of work at 5,000 nodes and 20,000 edges, for a hover).
 *
 * Readers ask `marked(ele, mark)`, which answers from either. A change of marks kept here is told
 * as a `mark` event on each element whose marks changed (as a class change is) and one `marks`
 * event on the instance once all are set.
 */
import type { Collection, Core, SingularElementArgument } from 'cytoscape';

/** A mark: the element's class of that name on a small network (`selected`: its selection state). */
export type Mark = 'selected' | 'hover' | 'keyboard-focus' | 'nb' | 'nb-edge';

/** The event on an element whose off-graph marks changed, and on the instance after a change. */
export const MARK_EVENT = 'mark';
export const MARKS_EVENT = 'marks';

const MARKS: readonly Mark[] = ['selected', 'hover', 'keyboard-focus', 'nb', 'nb-edge'];
type Off = Map<Mark, Set<string>>;
const offGraph = new WeakMap<Core, Off>();
const instanceOf = (eles: SingularElementArgument | Collection) => (eles as unknown as { cy(): Core }).cy();
const NONE: ReadonlySet<string> = new Set();

/**
 * Keeps this instance's marks off its elements (`on`, for a large network) or on them. Switching
 * forgets the marks kept off (the controllers set them again when asked).
 */
export function keepMarksOff(cy: Core, on: boolean): void {
  if (on === offGraph.has(cy)) return;
  if (on) offGraph.set(cy, new Map());
  else offGraph.delete(cy);
}

/** Whether this instance's marks are kept off its elements. */
export const marksOff = (cy: Core): boolean => offGraph.has(cy);

/** Whether an element has a mark, on it (class, selection) or kept off it. */
export function marked(ele: SingularElementArgument, mark: Mark): boolean {
  if (mark === 'selected' ? ele.selected() : ele.hasClass(mark)) return true;
  const off = offGraph.get(instanceOf(ele));
  return off?.get(mark)?.has(ele.id()) ?? false;
}

/** The ids of the elements with a mark kept off the elements (empty on a small network). */
export function markedIds(cy: Core, mark: Mark): ReadonlySet<string> {
  return offGraph.get(cy)?.get(mark) ?? NONE;
}

/** An element's marks kept off it, as one string (for a reading's key: see labels/measure.ts). */
export function offMarksOf(ele: SingularElementArgument): string {
  const off = offGraph.get(instanceOf(ele));
  if (!off) return '';
  const id = ele.id();
  let key = '';
  for (const mark of MARKS) if (off.get(mark)?.has(id)) key += `${mark} `;
  return key;
}

/**
 * Gives a mark kept off the elements to exactly these elements (ids), taking it from the others
 * that had it. Tells each element whose mark changed, then the instance, if anything changed.
 * Returns whether anything did.
 */
export function setMarks(cy: Core, marks: Partial<Record<Mark, Iterable<string>>>): boolean {
  const off = offGraph.get(cy);
  if (!off) return false;
  const changed = new Set<string>();
  for (const [mark, next] of Object.entries(marks) as [Mark, Iterable<string>][]) {
    const before = off.get(mark) ?? NONE;
    const after = new Set(next);
    for (const id of before) if (!after.has(id)) changed.add(id);
    for (const id of after) if (!before.has(id)) changed.add(id);
    if (after.size) off.set(mark, after);
    else off.delete(mark);
  }
  if (!changed.size) return false;
  const eles = cy.collection();
  for (const id of changed) {
    const ele = cy.getElementById(id);
    if (ele.nonempty()) eles.merge(ele);
  }
  eles.emit(MARK_EVENT);
  cy.emit(MARKS_EVENT);
  return true;
}
