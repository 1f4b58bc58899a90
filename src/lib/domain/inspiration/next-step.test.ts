import { describe, expect, it } from 'vitest';
import { nextStepsOfPlan, nextStepsOfReport } from './next-step.ts';
import type { SchoolReport } from '../reflection/report/school-report.ts';

const aspect = (aspectId: string, median: number | null) =>
	({ aspectId, name: aspectId.toUpperCase(), overall: { median } }) as unknown as SchoolReport['aspects'][number];

describe("a school's next step", () => {
	it('takes the development potential from a report, in the phase its median lies in', () => {
		const report = {
			potential: ['koers', 'data', 'leiding', 'team'],
			aspects: [aspect('koers', 2.5), aspect('data', 1), aspect('leiding', 5), aspect('team', null)]
		} as unknown as SchoolReport;
		expect(nextStepsOfReport(report, 5)).toEqual([
			{ aspectId: 'koers', aspectName: 'KOERS', current: 2 },
			{ aspectId: 'data', aspectName: 'DATA', current: 1 }
		]);
	});

	it("takes a plan's focus aspects from the phase they were in, never past the last phase", () => {
		const goals = [
			{ aspectId: 'koers', aspectName: 'Koers', currentLevel: 2 },
			{ aspectId: 'data', aspectName: 'Data', currentLevel: 4 }
		];
		expect(nextStepsOfPlan(goals, 4)).toEqual([{ aspectId: 'koers', aspectName: 'Koers', current: 2 }]);
	});
});
