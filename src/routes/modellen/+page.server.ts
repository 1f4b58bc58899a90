import type { PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { listModels } from '#lib/server/use-cases/models/list-models.ts';

export const load: PageServerLoad = async () => ({ models: await listModels((await appContext()).db) });
