/** A header reduced for matching: "Label (SV)" → "labelsv", "Källa" → "kalla". */
export const normaliseHeader = (h: string) =>
  h
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
