// The engine's public face: what the pages, the components, the report and the command line may use.
// Everything is pure (no DOM, no storage) and runs the same in the browser and in Node.
// A re-export only: bundlers keep of it what a page uses, so the first page loads no advice code.
export * from './diagnose';
export * from './answer-text';
export * from './choices';
export * from './conditions';
export * from './french';
export * from './glossary';
export * from './numbers';
export * from './progress';
export * from './questionnaire';
export * from './validation';
export * from './meeting/results-screen';
export * from './meeting/sequence';
export * from './portfolio/aggregate';
export * from './portfolio/compare';
export * from './portfolio/edition-diff';
export * from './portfolio/filter';
export * from './portfolio/results';
export * from './portfolio/rows';
export * from './portfolio/status';
export * from './recommendations';
export * from './recommendations/summary';
export * from './typology/summary';
export * from './typology/types';
export * from './typology/what-if';
