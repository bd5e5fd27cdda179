/** Our own JSON format (data/README.md): loadable again in the app and valid for `npm run validate`. */
import type { Dataset } from '../../data/schema';

export function toJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
