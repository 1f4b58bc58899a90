export * from './models.ts';
export * from './organisations.ts';
