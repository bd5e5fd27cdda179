// The GEXF writer alone: the package's browser entry also loads its parser, which needs the
// browser's DOMParser at import time and so cannot run in Node (unit tests, scripts).
declare module 'graphology-gexf/browser/writer' {
  import { write } from 'graphology-gexf/browser';
  export default write;
}
