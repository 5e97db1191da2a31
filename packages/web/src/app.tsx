import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { addsCrisis, safetyOf, useSafety, type Safety } from './assessment/engine-safety.js';
import { clearState, loadState, saveState, type ChosenProgram } from './assessment/saved-state.js';
import { CrisisBar } from './components/crisis-bar.js';
import { warmEngine } from './components/use-engine-words.js';
import { UI } from './i18n/i18n.js';
import { STEPS } from './questions/question-set.js';
import type { AnswerValue, Answers, Lang } from './questions/question-types.js';
import { CheckPage } from './pages/check-page.js';
import { CrisisPage } from './pages/crisis-page.js';
import { HomePage } from './pages/home-page.js';
import { navigate, useRoute } from './router.js';

// The engine's decision, the program finder and the summary load after the first question, so the
// questions appear fast (budget: 60 KB of JavaScript before the first question).
const loadResultPage = () => import('./pages/result-page.js');
const ResultPage = lazy(loadResultPage);
const ProgramsPage = lazy(() => import('./pages/programs-page.js'));
const SummaryPage = lazy(() => import('./pages/summary-page.js'));

// The server chose the first HTML's language from the browser's Accept-Language (index.es.html in
// Spanish), so the page starts in the language its first HTML already says; served some other way,
// the browser's own language decides.
const initialLang = (): Lang => (document.documentElement.lang === 'es' || navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en');

export function App(): ReactElement {
  const [saved] = useState(loadState);
  const [lang, setLang] = useState<Lang>(saved?.lang ?? initialLang());
  const [answers, setAnswers] = useState<Answers>(saved?.answers ?? {});
  const [stepId, setStepId] = useState<string | null>(saved?.stepId ?? null);
  const [chosen, setChosen] = useState<readonly ChosenProgram[]>(saved?.chosen ?? []);
  const route = useRoute();
  const t = UI[lang];
  // What the engine last said must come first, so a new emergency opens the crisis screen at once.
  const knownSafety = useRef<Safety>({ crises: [], urgents: [] });
  const pendingSafety = useRef(0);
  const safety = useSafety(answers);

  useEffect(() => {
    // Answers kept from an earlier visit are what the person already saw; only a new danger opens the crisis screen.
    void safetyOf(saved?.answers ?? {}).then((s) => (knownSafety.current = s));
  }, [saved]);

  useEffect(() => {
    // After the first screen is up, fetch the engine in the background (not part of the first-question budget).
    // The result page comes with it: "See the result" then costs no round trip on a slow network.
    const id = window.setTimeout(() => {
      warmEngine();
      void loadResultPage();
    }, 1500);
    return () => {
      window.clearTimeout(id);
    };
  }, []);

  // Layout effect: the page's language changes with its words, so a screen reader never reads Spanish
  // text with English rules between two frames.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    // Each page its own title (WCAG 2.4.2): tabs, history and screen readers tell the pages apart.
    const titles: Record<typeof route, string> = {
      '/': t.homePage.title,
      '/check': t.check.title,
      '/crisis': t.crisis.title,
      '/result': t.result.title,
      '/programs': t.programs.title,
      '/summary': t.summary.title,
      'not-found': t.notFound,
    };
    document.title = `${titles[route]} — ${t.app}`;
    document.querySelector('meta[name="description"]')?.setAttribute('content', t.description);
  }, [lang, t, route]);

  // Only what someone answered is kept, and only on this device. Saved as soon as the answer is on
  // screen (a layout effect: Preact runs plain effects only after the next paint, and a phone can
  // close the tab before that).
  useLayoutEffect(() => {
    if (Object.keys(answers).length > 0 || chosen.length > 0) saveState({ answers, stepId, lang, chosen });
  }, [answers, stepId, lang, chosen]);

  const onAnswer = (id: string, v: AnswerValue | undefined): void => {
    const next: Answers = v === undefined ? Object.fromEntries(Object.entries(answers).filter(([k]) => k !== id)) : { ...answers, [id]: v };
    setAnswers(next);
    // Danger shown by this answer opens the crisis screen at once, before any other question, and so
    // does each new danger after "There is no danger now". The engine decides it, on this device.
    // While the engine is still deciding, the page says so (`data-safety-pending`), so a test or an
    // assistive tool can tell "no danger" from "not decided yet".
    const root = document.documentElement;
    pendingSafety.current++;
    root.dataset.safetyPending = 'true';
    void safetyOf(next)
      .then((s) => {
        const opens = addsCrisis(knownSafety.current, s);
        knownSafety.current = s;
        if (opens) navigate('/crisis');
      })
      .finally(() => {
        if (--pendingSafety.current === 0) delete root.dataset.safetyPending;
      });
  };

  /** Forget everything on this device; `stepId` says where a new start begins. */
  const reset = (first: string | null): void => {
    clearState();
    setAnswers({});
    setChosen([]);
    setStepId(first);
  };
  const start = (): void => {
    reset(STEPS[0]?.id ?? null);
    navigate('/check');
  };

  let page: ReactElement;
  switch (route) {
    case '/':
      page = (
        <HomePage
          t={t}
          hasSaved={Object.keys(answers).length > 0}
          onStart={start}
          onResume={() => {
            navigate(stepId === 'done' ? '/result' : '/check');
          }}
          onClear={() => {
            reset(null);
          }}
        />
      );
      break;
    case '/check':
      // The engine decides safety on every answer: fetch it as soon as the questions are up.
      warmEngine();
      page = (
        <CheckPage
          t={t}
          lang={lang}
          answers={answers}
          stepId={stepId}
          onAnswer={onAnswer}
          onStep={setStepId}
          onFinish={() => {
            setStepId('done');
            navigate('/result');
          }}
          onHome={() => {
            navigate('/');
          }}
        />
      );
      break;
    case '/crisis':
      page = (
        <CrisisPage
          t={t}
          lang={lang}
          kinds={safety?.crises ?? []}
          onBack={() => {
            navigate('/check');
          }}
        />
      );
      break;
    case '/result':
      page = <ResultPage t={t} lang={lang} answers={answers} go={navigate} />;
      break;
    case '/programs':
      page = (
        <ProgramsPage
          t={t}
          lang={lang}
          answers={answers}
          chosen={chosen}
          onChoose={(p, on) => {
            setChosen((cs) => (on ? [...cs.filter((c) => c.id !== p.id), p] : cs.filter((c) => c.id !== p.id)));
          }}
          go={navigate}
        />
      );
      break;
    case '/summary':
      page = (
        <SummaryPage
          t={t}
          lang={lang}
          answers={answers}
          chosen={chosen}
          onBack={() => {
            navigate('/result');
          }}
        />
      );
      break;
    case 'not-found':
      page = <p>{t.notFound}</p>;
      break;
  }

  return (
    <>
      <a className="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t.skip}
      </a>
      <header className="top">
        <a className="brand" href="#/">
          {t.app}
        </a>
        <button
          type="button"
          className="lang"
          lang={lang === 'en' ? 'es' : 'en'}
          aria-label={t.langSwitchLabel}
          onClick={() => {
            setLang(lang === 'en' ? 'es' : 'en');
          }}
        >
          {t.langSwitch}
        </button>
      </header>
      <CrisisBar t={t} />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p role="status">…</p>}>{page}</Suspense>
      </main>
    </>
  );
}
