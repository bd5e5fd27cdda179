import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, TOOLS, VIEWS, type ViewName } from './store';
import { CyView } from './cy/CyView';
import { Notices } from './components/Notices';
import { LanguageSwitch } from './components/LanguageSwitch';
import { DetailsPanel } from './components/DetailsPanel';
import { GraphToolbar } from './components/GraphToolbar';
import { Legend } from './components/Legend';
import { SearchBox } from './components/SearchBox';
import { ToolPanel, TOOL_PANELS } from './components/tools/ToolPanel';
import { AppShortcuts } from './components/AppShortcuts';
import { PresentButton } from './components/PresentButton';
import { FileDrop } from './components/FileDrop';
import { lazyNamed } from './components/lazyNamed';

// views other than the graph load when first opened
const ListView = lazyNamed(() => import('./components/views/ListView'), 'ListView');
const GlossaryView = lazyNamed(() => import('./components/views/GlossaryView'), 'GlossaryView');
const QuizView = lazyNamed(() => import('./components/views/QuizView'), 'QuizView');

const VIEW_KEYS = {
  graph: 'common.views.graph',
  list: 'common.views.list',
  glossary: 'common.views.glossary',
  quiz: 'common.views.quiz',
} as const satisfies Record<ViewName, string>;

export function App() {
  const { t } = useTranslation();
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const tool = useAppStore((s) => s.tool);
  const toggleTool = useAppStore((s) => s.toggleTool);
  const presentation = useAppStore((s) => s.presentation);

  return (
    <div className={`app${presentation ? ' presentation' : ''}`}>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="app-header">
        <h1 className="app-title">
          <span>{t('common.app.title')}</span>
          <small>{t('common.app.tagline')}</small>
        </h1>
        <SearchBox />
        <nav className="view-switch" aria-label={t('common.views.label')}>
          {VIEWS.map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {t(VIEW_KEYS[v])}
            </button>
          ))}
        </nav>
        <LanguageSwitch />
        <PresentButton />
      </header>
      <div className="app-body">
        <nav className="tool-rail" aria-label={t('common.tools.label')}>
          {TOOLS.map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={tool === name}
              aria-controls={tool === name ? 'tool-panel' : undefined}
              onClick={() => toggleTool(name)}
            >
              {t(TOOL_PANELS[name].title)}
            </button>
          ))}
        </nav>
        {tool && <ToolPanel tool={tool} />}
        <main id="main" className="app-main" tabIndex={-1}>
          {/* above the graph, not over it: a notice never covers a name or a control */}
          <Notices />
          <div className="graph-view" hidden={view !== 'graph'}>
            <CyView />
            <GraphToolbar />
            <Legend />
          </div>
          <Suspense fallback={null}>
            {view === 'list' && <ListView />}
            {view === 'glossary' && <GlossaryView />}
            {view === 'quiz' && <QuizView />}
          </Suspense>
        </main>
        <DetailsPanel />
      </div>
      <AppShortcuts />
      <FileDrop />
    </div>
  );
}
