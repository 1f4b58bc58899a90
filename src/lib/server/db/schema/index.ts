export * from './models.ts';
export * from './organisations.ts';
export * from './auth.ts';
export * from './memberships.ts';
export * from './mail.ts';
export * from './reflection.ts';
export * from './plans.ts';
export * from './dialogues.ts';
