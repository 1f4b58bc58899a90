/**
 * The team's agreements from its conversations on a round, for the report page and its PDF. They
 * are the team's shared, signed-off decision, not anonymous answers: they are shown whatever the
 * answers' threshold, and already while the round is still open (ADR 010).
 */
import type { Db } from '../db/client.ts';
import type { DevelopmentModel } from '../../domain/model/format.ts';
import { agreementsOfRound } from '../repositories/dialogues.ts';
import { agreementsByAspect, type TeamAgreements } from '../../domain/dialogue/agreements.ts';

export async function teamAgreements(db: Db, roundId: string, model: DevelopmentModel): Promise<TeamAgreements> {
	const grouped = agreementsByAspect(
		model.aspects.map((a) => a.id),
		await agreementsOfRound(db, roundId)
	);
	return {
		levels: model.levels.map((l) => l.name),
		aspects: grouped.map((g) => ({
			aspectId: g.aspectId,
			name: model.aspects.find((a) => a.id === g.aspectId)?.name ?? g.aspectId,
			agreements: g.agreements.map((a) => ({
				level: a.level,
				notes: a.notes,
				agreedOn: a.agreedOn,
				session: a.session
			}))
		}))
	};
}
