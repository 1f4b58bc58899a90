import { describe, expect, it } from 'vitest';
import { carriedOver, checkFocus, currentPhase, needsReminder, progressOf } from './plan.ts';
import { isSchoolYear, nextSchoolYear, schoolYearOf, schoolYearSpan } from './school-year.ts';
import { movementOf } from './movement.ts';

const model = { scale: 5, aspects: ['koers', 'data', 'team', 'leiderschap'] };

describe('checkFocus', () => {
	it('accepts two or three aspects, each with a target above where the school is', () => {
		expect(
			checkFocus(
				[
					{ aspectId: 'koers', current: 2, target: 3 },
					{ aspectId: 'data', current: 1, target: 3 }
				],
				model
			)
		).toEqual([]);
	});
	it('asks for at least two and at most three', () => {
		expect(checkFocus([{ aspectId: 'koers', current: 2, target: 3 }], model)).toEqual([
			{ field: 'focus', message: 'focus_count' }
		]);
		const four = model.aspects.map((aspectId) => ({ aspectId, current: 1, target: 2 }));
		expect(checkFocus(four, model)).toEqual([{ field: 'focus', message: 'focus_count' }]);
	});
	it('lets a model with one aspect have one focus aspect', () => {
		expect(checkFocus([{ aspectId: 'koers', current: 1, target: 2 }], { scale: 5, aspects: ['koers'] })).toEqual([]);
	});
	it('refuses a target at or below the current phase, or off the scale, naming the field', () => {
		const issues = checkFocus(
			[
				{ aspectId: 'koers', current: 3, target: 3 },
				{ aspectId: 'data', current: 2, target: 6 },
				{ aspectId: 'team', current: 0, target: 2 }
			],
			model
		);
		expect(issues).toEqual([
			{ field: 'target-koers', message: 'target_above' },
			{ field: 'target-data', message: 'target_above' },
			{ field: 'current-team', message: 'invalid' }
		]);
	});
	it('refuses unknown and repeated aspects', () => {
		expect(
			checkFocus(
				[
					{ aspectId: 'koers', current: 1, target: 2 },
					{ aspectId: 'koers', current: 1, target: 2 },
					{ aspectId: 'onbekend', current: 1, target: 2 }
				],
				model
			).map((i) => i.message)
		).toEqual(['not_allowed', 'not_allowed']);
	});
});

describe('currentPhase', () => {
	it('takes the lower phase for a median between two phases', () => {
		expect(currentPhase(2.5, 5)).toBe(2);
		expect(currentPhase(3, 5)).toBe(3);
		expect(currentPhase(null, 5)).toBeNull();
		expect(currentPhase(0.5, 5)).toBe(1);
	});
});

describe('progressOf and reminders', () => {
	const today = '2026-11-25';
	it('counts done, open and overdue actions, leaving dropped ones out', () => {
		expect(
			progressOf(
				[
					{ status: 'done', dueOn: '2026-10-01' },
					{ status: 'planned', dueOn: '2026-11-24' },
					{ status: 'in_progress', dueOn: '2026-11-25' },
					{ status: 'dropped', dueOn: '2026-01-01' },
					{ status: 'planned', dueOn: null }
				],
				today
			)
		).toEqual({ total: 4, done: 1, open: 3, overdue: 1 });
	});
	it('reminds an owner once per due date, of open actions due within the window', () => {
		const base = { ownerId: 'u', status: 'planned' as const, dueOn: '2026-11-30', remindedFor: null };
		expect(needsReminder(base, today, '2026-12-02')).toBe(true);
		expect(needsReminder({ ...base, remindedFor: '2026-11-30' }, today, '2026-12-02')).toBe(false);
		// Moved to a new date: reminded again for that one.
		expect(needsReminder({ ...base, remindedFor: '2026-11-20' }, today, '2026-12-02')).toBe(true);
		expect(needsReminder({ ...base, status: 'done' }, today, '2026-12-02')).toBe(false);
		expect(needsReminder({ ...base, ownerId: null }, today, '2026-12-02')).toBe(false);
		expect(needsReminder({ ...base, dueOn: '2026-12-10' }, today, '2026-12-02')).toBe(false);
		expect(needsReminder({ ...base, dueOn: '2026-11-20' }, today, '2026-12-02')).toBe(false);
	});
	it('carries open actions into the next year without dates', () => {
		const kept = carriedOver([
			{ id: 1, status: 'done' as const, startsOn: '2026-09-01', dueOn: '2026-10-01' },
			{ id: 2, status: 'in_progress' as const, startsOn: '2026-09-01', dueOn: '2027-03-01' },
			{ id: 3, status: 'dropped' as const, startsOn: null, dueOn: null }
		]);
		expect(kept).toEqual([{ id: 2, status: 'planned', startsOn: null, dueOn: null }]);
	});
});

describe('school years', () => {
	it('run from 1 August', () => {
		expect(schoolYearOf('2026-07-31')).toBe('2025-2026');
		expect(schoolYearOf('2026-08-01')).toBe('2026-2027');
		expect(nextSchoolYear('2026-2027')).toBe('2027-2028');
		expect(schoolYearSpan('2026-2027')).toEqual({ from: '2026-08-01', to: '2027-07-31' });
		expect(isSchoolYear('2026-2027')).toBe(true);
		expect(isSchoolYear('2026-2028')).toBe(false);
	});
});

describe('movementOf', () => {
	it('compares only layers shown in both rounds', () => {
		expect(
			movementOf(
				{ leraren: 1, schoolleiding: 3, ondersteuning: 2 },
				{ leraren: 2, schoolleiding: 3, ondersteuning: null },
				['schoolleiding', 'leraren', 'ondersteuning']
			)
		).toEqual([
			{ layer: 'schoolleiding', before: 3, after: 3, change: 0 },
			{ layer: 'leraren', before: 1, after: 2, change: 1 }
		]);
	});
});
