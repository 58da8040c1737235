// Top-level component: the welcome screen until a case is open, then the case view.
import { useEffect, useState } from 'react';
import type { CaseInfo } from '../../shared/ipc';
import { missingCase } from '../../shared/result';
import { call, isConnected, listen, NOT_CONNECTED } from './api';
import { CaseView } from './CaseView';
import { MainPassphrasePrompt } from './encryption/MainPassphrasePrompt';
import { report } from './status-store';
import { WelcomeScreen } from './WelcomeScreen';

type View = { kind: 'starting' } | { kind: 'welcome' } | { kind: 'case'; info: CaseInfo };

export function App() {
  const [view, setView] = useState<View>(isConnected() ? { kind: 'starting' } : { kind: 'welcome' });

  // A case may already be open (a reload, or a file opened from the OS): go straight to it.
  useEffect(() => {
    if (!isConnected()) {
      report('error', NOT_CONNECTED);
      return;
    }
    let current = true;
    void call('caseInfo', {}).then((info) => {
      if (current) setView(info ? { kind: 'case', info } : { kind: 'welcome' });
    });
    // Main says when the case changes under the window: File › Open Recent, a case opened from the OS, Close Case.
    const stop = listen('caseChanged', (info) => {
      current = false;
      setView(info ? { kind: 'case', info } : { kind: 'welcome' });
    });
    return () => {
      current = false;
      stop();
    };
  }, []);

  return (
    <>
      {screen(view, setView)}
      <MainPassphrasePrompt />
    </>
  );
}

function screen(view: View, setView: (view: View) => void) {
  switch (view.kind) {
    case 'starting':
      return null;
    case 'welcome':
      return <WelcomeScreen onOpened={(info) => setView({ kind: 'case', info })} />;
    case 'case':
      return (
        <CaseView
          key={view.info.id}
          info={view.info}
          onClose={() => {
            void call('closeCase', {}).then((closed) => {
              if (closed !== undefined) setView({ kind: 'welcome' });
            });
          }}
        />
      );
    default:
      return missingCase(view);
  }
}
