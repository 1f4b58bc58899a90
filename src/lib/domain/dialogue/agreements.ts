/**
 * The team's agreements on a round, as the report shows them. Every conversation keeps its own
 * agreement per aspect: a later conversation adds to the record, it never replaces an earlier one
 * (a team that moved from phase 2 to phase 3 between two meetings wants to see both).
 */
export type AgreementRecord = {
	aspectId: string;
	level: number | null;
	notes: string;
	/** The day it was recorded (YYYY-MM-DD). */
	agreedOn: string;
	session: string;
	/** When the conversation started: orders two conversations recorded on the same day. */
	sessionStartedAt: Date;
};

export type AspectAgreements = { aspectId: string; agreements: AgreementRecord[] };

/**
 * Per aspect in the model's order, each conversation's agreement, newest first. Aspects without an
 * agreement are left out; so are agreements on an aspect the model does not have (none can exist:
 * a session's aspects are checked against the round's pinned model).
 */
export function agreementsByAspect(
	aspectIds: readonly string[],
	records: readonly AgreementRecord[]
): AspectAgreements[] {
	const newestFirst = [...records].sort(
		(a, b) => b.agreedOn.localeCompare(a.agreedOn) || b.sessionStartedAt.getTime() - a.sessionStartedAt.getTime()
	);
	return aspectIds.flatMap((aspectId) => {
		const agreements = newestFirst.filter((r) => r.aspectId === aspectId);
		return agreements.length > 0 ? [{ aspectId, agreements }] : [];
	});
}

/** The agreements as a report shows them: aspects named, levels by their names. */
export type TeamAgreements = {
	levels: string[];
	aspects: {
		aspectId: string;
		name: string;
		agreements: Pick<AgreementRecord, 'level' | 'notes' | 'agreedOn' | 'session'>[];
	}[];
};
