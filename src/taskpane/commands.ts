/**
 * The ribbon's function file (`FunctionFile` in the manifest). The only ribbon button opens the
 * task pane, which Office does by itself; Office still loads this page and waits for it to
 * initialise Office.js before it enables the button. Outside Office (Office.js not loaded) it does nothing.
 */
if (typeof Office !== 'undefined') void Office.onReady();
