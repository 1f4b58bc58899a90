import type { AppContext } from '../../context.ts';

/** What the auth use-cases need from the app: the database, better-auth and the installation secret. */
export type AuthDeps = Pick<AppContext, 'db' | 'auth' | 'secret' | 'boss' | 'baseURL'>;
/** The request as the auth use-cases see it: its headers (cookies) and the client's address. */
export type RequestInfo = { headers: Headers; address: string };
