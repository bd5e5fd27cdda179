/**
 * The header search: find an organisation by name, acronym or alias in either language (case and
 * diacritics ignored: "sapo" finds Säpo). Choosing one selects it (the details panel opens) and,
 * on the graph, centres the node, gliding unless the user prefers reduced motion.
 * "/" anywhere outside a field jumps here (one of the page's shortcuts, src/shortcuts.ts).
 *
 * The combobox (downshift and the search index) is not needed to draw the first view: the field
 * starts as a plain input with the same name, and the combobox replaces it once the page is idle,
 * or at once when the field is focused, keeping what was typed and the focus.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../store';
import { showNode } from './showNode';
import type { NodeCombobox as Combobox } from './NodeCombobox';
import { whenIdle } from './whenIdle';
import { loadBuiltinProse } from '../data/builtin';
import '../styles/analyst.css';

export const SEARCH_INPUT_ID = 'node-search';

let loaded: typeof Combobox | null = null;
// the search index reads the glossary, which comes with the built-in dataset's prose
const loadCombobox = () =>
  Promise.all([import('./NodeCombobox'), loadBuiltinProse()]).then(([m]) => {
    loaded = m.NodeCombobox;
    return loaded;
  });

export function SearchBox() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  // the combobox once loaded, with what the plain field held when it replaced it
  const [combo, setCombo] = useState<{ Box: typeof Combobox; text: string; focused: boolean } | null>(() =>
    loaded ? { Box: loaded, text: '', focused: false } : null,
  );
  const plain = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (combo) return;
    let live = true;
    const load = () =>
      void loadCombobox().then((Box) => {
        if (!live) return;
        const field = plain.current;
        // read and swapped in one task: a "/" or a key that came between the two went with the
        // plain field (and the focus to the page's body)
        flushSync(() =>
          setCombo({
            Box,
            text: field?.value ?? '',
            focused: field !== null && document.activeElement === field,
          }),
        );
      });
    const field = plain.current;
    field?.addEventListener('focus', load, { once: true });
    const cancelIdle = whenIdle(load);
    return () => {
      live = false;
      cancelIdle();
      field?.removeEventListener('focus', load);
    };
  }, [combo]);

  // the combobox's field takes the focus the plain one had, with the caret at the end
  useLayoutEffect(() => {
    if (!combo?.focused) return;
    const input = document.getElementById(SEARCH_INPUT_ID);
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
  }, [combo]);

  // the other views show the selection their own way; the camera moves only on the graph
  const choose = (id: string | null) => {
    if (id) showNode(store, id);
  };

  const kbd = (
    <kbd className="search-key" aria-hidden="true">
      /
    </kbd>
  );
  return (
    <div className="search-box" role="search">
      {combo ? (
        <combo.Box
          inputId={SEARCH_INPUT_ID}
          label={t('analyst.search.label')}
          hideLabel
          placeholder={t('analyst.search.placeholder')}
          onChoose={choose}
          initialQuery={combo.text}
          after={kbd}
        />
      ) : (
        <div className="node-combobox">
          <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
            {t('analyst.search.label')}
          </label>
          <div className="node-combobox-field">
            <input
              ref={plain}
              id={SEARCH_INPUT_ID}
              type="search"
              role="combobox"
              aria-expanded={false}
              aria-autocomplete="list"
              autoComplete="off"
              spellCheck={false}
              placeholder={t('analyst.search.placeholder')}
            />
            {kbd}
          </div>
        </div>
      )}
    </div>
  );
}
