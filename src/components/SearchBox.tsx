/**
 * The header search: find an organisation by name, acronym or alias in either language (case and
 * diacritics ignored: "sapo" finds Säpo). Choosing one selects it (the details panel opens) and,
 * on the graph, centres the node, gliding unless the user prefers reduced motion.
 * "/" anywhere outside a field jumps here (the page's shortcuts, src/components/learn/useShortcutKeys.ts).
 */
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../store';
import { showNode } from './showNode';
import { NodeCombobox } from './NodeCombobox';
import '../styles/analyst.css';

export const SEARCH_INPUT_ID = 'node-search';

export function SearchBox() {
  const { t } = useTranslation();
  const store = useAppStoreApi();

  // the other views show the selection their own way; the camera moves only on the graph
  const choose = (id: string | null) => {
    if (id) showNode(store, id);
  };

  return (
    <div className="search-box" role="search">
      <NodeCombobox
        inputId={SEARCH_INPUT_ID}
        label={t('analyst.search.label')}
        hideLabel
        placeholder={t('analyst.search.placeholder')}
        onChoose={choose}
        after={
          <kbd className="search-key" aria-hidden="true">
            /
          </kbd>
        }
      />
    </div>
  );
}
