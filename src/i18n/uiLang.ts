import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from './langs';

/**
 * The language the interface shows: i18next's. It follows the store's `lang` once the graph has
 * drawn its labels in the new language (see store/sync.ts), so a component reads its strings and
 * the dataset's names in one language, and a switch draws the graph first, the panels after.
 */
export function useUiLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : 'en';
}
