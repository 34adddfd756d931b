export * from './auth.js';
export * from './dev.js';
export * from './health.js';
export * from './problem.js';
