/** The parts of layout-base (fcose's own base library, MIT) that src/graph/spectral.ts uses. */
declare module 'layout-base' {
  type Vector = number[];
  type Mat = number[][];
  const layoutBase: {
    SVD: { svd(a: Mat): { U: Mat; V: Mat; S: Vector } };
    Matrix: {
      multMat(a: Mat, b: Mat): Mat;
      transpose(a: Mat): Mat;
      normalize(v: Vector): Vector;
      multGamma(v: Vector): Vector;
      multL(v: Vector, C: Mat, INV: Mat): Vector;
      dotProduct(a: Vector, b: Vector): number;
      minusOp(a: Vector, b: Vector): Vector;
      multCons(v: Vector, c: number): Vector;
    };
  };
  export default layoutBase;
}
