import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
cytoscape.use(fcose);
for (const [label, els] of [
  ['node constructor', [{ data: { id: 'a' } }, { data: { id: 'constructor' } }, { data: { id: 'c' } }, { data: { id: 'e1', source: 'a', target: 'constructor' } }, { data: { id: 'e2', source: 'c', target: 'constructor' } }]],
  ['edge constructor', [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'c' } }, { data: { id: 'constructor', source: 'a', target: 'b' } }, { data: { id: 'e2', source: 'c', target: 'b' } }]],
]) {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: els });
  try { cy.layout({ name: 'fcose', animate: false, randomize: true }).run(); console.log(label, 'ok', cy.nodes().map((n) => JSON.stringify(n.position()))); } catch (e) { console.log(label, 'THROW', e.stack.split('\n').slice(0, 4).join(' | ')); }
}
