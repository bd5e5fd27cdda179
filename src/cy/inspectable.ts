/**
 * Cytoscape keeps several caches (an element's `styleCache`, the renderer's path caches, the
 * style's `propCache`) as arrays indexed by 32-bit hashes: sparse arrays whose `length` is in the
 * billions. They hang off each element's and the core's `_private` field. A tool that serializes a
 * value by walking array indices (Playwright's `page.evaluate` returning an element, e.g.
 * `cy.getElementById(id).emit('tap')`, which returns the element) then walks billions of holes: the
 * tab freezes and runs out of memory. Making `_private` non-enumerable keeps these internals out of
 * such walks; Cytoscape itself reads and writes the field by name, which is unchanged.
 */
import type { Collection, Core } from 'cytoscape';

function hide(obj: object) {
  const d = Object.getOwnPropertyDescriptor(obj, '_private');
  if (d?.enumerable) Object.defineProperty(obj, '_private', { ...d, enumerable: false });
}

/** Hides the internals of the core and of the given elements from serializers. */
export function hideInternals(cy: Core, eles?: Collection) {
  hide(cy);
  eles?.forEach((ele) => void hide(ele));
}
