import type { Db } from '../../db/client.ts';
import { access } from '../../auth/access.ts';
import { can } from '../../../domain/permissions/can.ts';
import { responseCounts, roundsOf } from '../../repositories/rounds.ts';
import {
	closingDay,
	dutchDate,
	roundStatus,
	type ClosingDay,
	type RoundStatus
} from '../../../domain/reflection/round.ts';

export type RoundSummary = {
	id: string;
	title: string;
	status: RoundStatus;
	opensOn: string;
	closes: ClosingDay;
	submitted: number;
	modelId: string;
};

/** The rounds of an organisation with their status and number of submitted responses. */
export async function listRounds(db: Db, actorId: string | null, organisationId: unknown) {
	const { actor, organisation, target } = await access(db, actorId, 'organisation', organisationId, 'rounds.view');
	const rows = await roundsOf(db, organisation.id);
	const counts = await responseCounts(
		db,
		rows.map((r) => r.id)
	);
	const today = dutchDate(new Date());
	const rounds: RoundSummary[] = rows.map((r) => ({
		id: r.id,
		title: r.title,
		status: roundStatus(r, today),
		opensOn: r.opensOn,
		closes: closingDay(r),
		modelId: r.modelId,
		submitted: counts.filter((c) => c.roundId === r.id && c.status === 'submitted').reduce((sum, c) => sum + c.n, 0)
	}));
	return {
		organisation: { id: organisation.id, name: organisation.name },
		rounds,
		canManage: can(actor, 'rounds.manage', target)
	};
}
