import type { PageServerLoad } from './$types';
import { db } from '#lib/server/db/index.ts';
import { listModels } from '#lib/server/use-cases/list-models.ts';

export const load: PageServerLoad = async () => ({ models: await listModels(await db()) });
