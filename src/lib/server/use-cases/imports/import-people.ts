import type { AppContext } from '../../context.ts';
import { schoolsUnder, type OrganisationRow } from '../../repositories/organisations.ts';
import { addMembershipIfNew } from '../../repositories/memberships.ts';
import { userProfile, usersByEmail } from '../../repositories/users.ts';
import { AppError } from '../../../domain/errors.ts';
import { access } from '../../auth/access.ts';
import { parsePeopleFile, type PersonRow } from '../../../domain/organisation/people-import.ts';
import { RowIssueList, type ImportFailure } from '../../../domain/organisation/import-issues.ts';
import type { Locale } from '../../mail/templates.ts';
import { issueInvitation } from '../../members/issue-invitation.ts';
import { roleFits } from '../../../domain/permissions/policy.ts';
import { BATCH, type OnProgress } from './progress.ts';

export type PeopleImportOutcome =
	{ ok: true; added: number; invited: number; unchanged: number } | { ok: false; failure: ImportFailure };

type Deps = Pick<AppContext, 'db' | 'boss' | 'baseURL'>;

/**
 * Import people into a school, or into a board and its schools (a `school` column picks the
 * school). Everyone with an account becomes a member at once; everyone else gets an invitation
 * mail. Every row is checked first — also against the organisation's schools — and then all of
 * it is saved in one transaction, or nothing is.
 */
export async function importPeople(
	deps: Deps,
	actorId: string | null,
	organisationId: unknown,
	bytes: Uint8Array,
	locale: Locale,
	onProgress: OnProgress = () => {}
): Promise<PeopleImportOutcome> {
	const { db } = deps;
	const { actor, organisation } = await access(db, actorId, 'organisation', organisationId, 'organisation.import');
	if (organisation.kind !== 'board' && organisation.kind !== 'school') throw new AppError('forbidden');
	onProgress({ phase: 'reading', done: 0, total: 0 });
	const parsed = parsePeopleFile(bytes);
	if (!parsed.ok) return { ok: false, failure: parsed };
	const rows = parsed.rows;

	const schools = organisation.kind === 'board' ? await schoolsUnder(db, organisation) : [organisation];
	const byCode = new Map(schools.map((s) => [`${s.brin}${s.locationNumber}`, s]));
	const issues = new RowIssueList();
	const placed: { row: PersonRow; place: OrganisationRow }[] = [];
	for (const row of rows) {
		let place: OrganisationRow | undefined = organisation;
		if (row.school) {
			place = row.school.locationNumber
				? byCode.get(`${row.school.brin}${row.school.locationNumber}`)
				: schools.find((s) => s.brin === row.school?.brin && schools.filter((x) => x.brin === s.brin).length === 1);
			if (!place || (organisation.kind === 'school' && place.id !== organisation.id)) {
				issues.add({
					line: row.line,
					field: 'school',
					code: 'unknown_school',
					value: `${row.school.brin}${row.school.locationNumber ?? ''}`
				});
				continue;
			}
		}
		if (!roleFits(row.role, place.kind)) {
			issues.add({ line: row.line, field: 'rol', code: 'role_wrong_place', value: row.role });
			continue;
		}
		placed.push({ row, place });
	}
	onProgress({ phase: 'checking', done: rows.length, total: rows.length });
	if (!issues.empty) return { ok: false, failure: issues.failure() };

	const inviter = await userProfile(db, actor.userId);
	return db.transaction(async (tx) => {
		let added = 0;
		let invited = 0;
		let unchanged = 0;
		for (let i = 0; i < placed.length; i += BATCH) {
			const slice = placed.slice(i, i + BATCH);
			const known = await usersByEmail(
				tx,
				slice.map((p) => p.row.email)
			);
			const idOf = new Map(known.map((u) => [u.email, u.id]));
			for (const { row, place } of slice) {
				const userId = idOf.get(row.email);
				if (userId) {
					if (await addMembershipIfNew(tx, userId, place.id, row.role)) added++;
					else unchanged++;
					continue;
				}
				await issueInvitation(tx, deps, {
					organisation: place,
					email: row.email,
					role: row.role,
					invitedBy: actor.userId,
					inviterName: inviter?.name ?? '',
					locale
				});
				invited++;
			}
			onProgress({ phase: 'saving', done: Math.min(i + BATCH, placed.length), total: placed.length });
		}
		return { ok: true as const, added, invited, unchanged };
	});
}
