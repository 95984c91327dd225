export * from './enums.js';
export * from './labels.js';
export * from './organizations.js';
export * from './permissions.js';
export * from './ratings.js';
export * from './search.js';
