import { z } from 'zod';
import { text } from './fields.ts';
import { ROLES } from '../domain/organisation/roles.ts';

const assignable = ROLES.filter((r) => r !== 'platformbeheerder') as [
	Exclude<(typeof ROLES)[number], 'platformbeheerder'>,
	...Exclude<(typeof ROLES)[number], 'platformbeheerder'>[]
];

export const inviteInput = z.object({
	email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
	role: z.enum(assignable)
});
export const roleChangeInput = z.object({ membershipId: z.uuid(), role: z.enum(assignable) });
export const membershipInput = z.object({ membershipId: z.uuid() });
export const invitationIdInput = z.object({ invitationId: z.uuid() });
export const organisationId = z.uuid();
export const invitationToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
export const clusterInput = z.object({ name: text({ max: 120, required: true }) });
export const schoolClusterInput = z.object({ schoolId: z.uuid(), clusterId: z.union([z.uuid(), z.literal('')]) });
