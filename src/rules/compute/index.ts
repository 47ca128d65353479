/** Computations (DESIGN §5): pure functions from a plan and its reports to typed tables. */
export * from './compliance';
export * from './funding';
export * from './growth';
export * from './investment';
export * from './targetProgress';
export { COMPLIANCE_STATUS_LABELS, ComplianceStatus } from './taskStatus';
