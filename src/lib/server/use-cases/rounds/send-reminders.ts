import type { AppContext } from '../../context.ts';
import { membersInsideAndLinked } from '../../repositories/reminder-recipients.ts';
import { AppError } from '../../../domain/errors.ts';
import { layerInRound } from '../../../domain/reflection/layers.ts';
import { dutchDate, roundStatus } from '../../../domain/reflection/round.ts';
import { layersOf, participantIds } from '../../repositories/rounds.ts';
import { mails, type Locale } from '../../mail/templates.ts';
import { queueMail } from '../../mail/send.ts';
import { formatCode } from '../../reflection/codes.ts';
import { access } from '../../auth/access.ts';

type Deps = Pick<AppContext, 'db' | 'boss' | 'baseURL'>;

/**
 * Mail everyone who belongs to the round's organisation (or to a school or board inside it), whose
 * role answers in one of the round's layers, and who has not taken part yet — each with the link of
 * their own layer. Who took part is known only from `participations`, never from the answers.
 */
export async function sendReminders(deps: Deps, actorId: string | null, id: unknown): Promise<{ sent: number }> {
	const { db } = deps;
	const { resource: round, organisation } = await access(db, actorId, 'round', id, 'rounds.manage');
	if (roundStatus(round, dutchDate(new Date())) !== 'open') throw new AppError('closed');
	const layers = await layersOf(db, round.id);
	const done = await participantIds(db, round.id);
	const people = await membersInsideAndLinked(db, organisation.id);
	const sentTo = new Set<string>();
	for (const person of people) {
		const layer = layerInRound(
			person.role,
			layers.map((l) => l.layer)
		);
		const entry = layers.find((l) => l.layer === layer);
		if (!entry || done.has(person.userId) || sentTo.has(person.userId)) continue;
		sentTo.add(person.userId);
		const locale: Locale = person.locale === 'en' ? 'en' : 'nl';
		const url = `${deps.baseURL}/r/${entry.code}`;
		await queueMail(
			deps.boss,
			mails.roundReminder(person.email, locale, url, {
				round: round.title,
				organisation: organisation.name,
				code: formatCode(entry.code),
				closesOn: round.closesOn
			})
		);
	}
	return { sent: sentTo.size };
}
