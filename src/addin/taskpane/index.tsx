// Mounts the task pane. Whoever calls this supplies the workbook and the engine (the production
// entry: Office.js; the browser tests: the in-memory Excel), so nothing here touches Office.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Pane } from './Pane';
import type { PaneProps } from './usePane';

export function mountPane(container: HTMLElement, props: PaneProps): Root {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} lang={props.lang}>
        <Pane {...props} />
      </FluentProvider>
    </StrictMode>,
  );
  return root;
}

export { langOf, STRINGS } from './strings';
export type { PaneProps } from './usePane';
