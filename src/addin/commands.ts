// The ribbon's function file (manifest FunctionFile). The Home-tab button opens the task pane
// with a ShowTaskpane action, so there is no function to register; Office still loads this page
// and expects Office.js to initialise in it.
void Office.onReady(() => undefined);
