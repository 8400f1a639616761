export * from '../../lib/crud-bodies.js';
