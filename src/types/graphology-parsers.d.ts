// The parsers' factories, which take the DOMParser and Document to use: the browser's on the
// page, @xmldom/xmldom's in Node (tests) or wherever there is no DOM.
declare module 'graphology-graphml/common/parser.js' {
  import type Graph from 'graphology';
  type Parse = (G: typeof Graph, source: Document, options?: { addMissingNodes?: boolean }) => Graph;
  const createParserFunction: (DOMParser: unknown, Document: unknown) => Parse;
  export default createParserFunction;
}
declare module 'graphology-gexf/common/parser.js' {
  import type Graph from 'graphology';
  type Parse = (
    G: typeof Graph,
    source: Document,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean },
  ) => Graph;
  const createParserFunction: (DOMParser: unknown, Document: unknown) => Parse;
  export default createParserFunction;
}
