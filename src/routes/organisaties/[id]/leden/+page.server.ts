import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { appContext } from '#lib/server/context.ts';
import { orHttpError, orActionFailure, keepValues } from '#lib/server/http/errors.ts';
import { signedIn } from '#lib/server/http/guards.ts';
import { formObject } from '#lib/schemas/parse.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { listMembers } from '#lib/server/use-cases/members/list-members.ts';
import { inviteMember } from '#lib/server/use-cases/members/invite-member.ts';
import { revokeInvitation } from '#lib/server/use-cases/members/revoke-invitation.ts';
import { changeMemberRole } from '#lib/server/use-cases/members/change-member-role.ts';
import { removeMember } from '#lib/server/use-cases/members/remove-member.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const userId = signedIn(locals.user, url);
	return { page: await orHttpError(async () => listMembers((await appContext()).db, userId, params.id)) };
};

const actor = (locals: App.Locals) => locals.user?.id ?? null;

export const actions: Actions = {
	uitnodigen: async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(
			async () => inviteMember(await appContext(), actor(locals), params.id, form, getLocale()),
			{
				...keepValues(form, 'email', 'role'),
				form: 'invite'
			}
		);
		return 'invitationId' in result ? { invited: String(form.email ?? '') } : result;
	},
	intrekken: async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(async () =>
			revokeInvitation((await appContext()).db, actor(locals), params.id, form)
		);
		return result ?? { revoked: true };
	},
	rol: async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(async () =>
			changeMemberRole((await appContext()).db, actor(locals), params.id, form)
		);
		return result ?? { roleChanged: true };
	},
	verwijderen: async ({ request, locals, params }) => {
		const form = formObject(await request.formData());
		const result = await orActionFailure(async () =>
			removeMember((await appContext()).db, actor(locals), params.id, form)
		);
		if ('self' in result && result.self) redirect(303, '/organisaties?verlaten=1');
		return 'self' in result ? { removed: true } : result;
	}
};
