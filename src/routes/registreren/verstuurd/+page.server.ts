import type { PageServerLoad } from './$types';
import { z } from 'zod';

export const load: PageServerLoad = ({ url }) => ({
	email: z
		.email()
		.max(254)
		.catch('')
		.parse(url.searchParams.get('email') ?? '')
});
