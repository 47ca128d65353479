/**
 * Everything the pane does with workbooks, behind one lazy chunk: exceljs (~0.9 MB), the layouts,
 * the rules and the app commands load only when the officer first does something.
 */
export * from './excelFiles';
export * from './forms';
export * from './log';
export * from './master';
export * from './plan';
export * from './report';
export * from './intake';
