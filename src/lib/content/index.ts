// The content's public face for the pages and components: the questionnaire, the models, the
// glossary, the countries. Typed data only; a re-export, so each page keeps what it uses.
export * from './countries';
export * from './glossary';
export * from './grammar';
export * from './options';
export * from './questionnaire';
export * from './supports/types';
export * from './types';
export * from './typology/models';
export * from './typology/starting';
