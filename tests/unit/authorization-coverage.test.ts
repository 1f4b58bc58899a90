/**
 * Authorization coverage: every server entry point — page load, form action,
 * endpoint — reaches the data only through use-cases, and every use-case checks the actor (or says
 * in writing why it is public). Adding a route or use-case without that makes this test fail.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROUTES = 'src/routes';
const USE_CASES = 'src/lib/server/use-cases';

function walk(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? walk(full) : [full];
	});
}

/**
 * Server files that may run without a use-case, each with the reason. Everything else must call one.
 * Keep this list short: a new entry needs a reason a reviewer would accept.
 */
const PUBLIC_ROUTES: Record<string, string> = {
	'src/routes/+layout.server.ts': 'only the language and the signed-in person’s own name from the hook',
	'src/routes/taal/+server.ts':
		'sets the visitor’s own language cookie (and, signed in, their own preference through a use-case)',
	'src/routes/api/auth/[...path]/+server.ts': 'better-auth’s mail links, which authenticate themselves',
	'src/routes/testdata/scenario/+server.ts':
		'test data, only with the TEST_FIXTURES_TOKEN the test setup sets; otherwise 404',
	'src/routes/registreren/verstuurd/+page.server.ts': 'echoes the address from the URL back to its owner',
	'src/routes/r/+page.server.ts': 'turns a typed code into the address of its questions; reads nothing',
	'src/routes/g/+page.server.ts': 'turns a typed dialogue code into the address of the dialogue; reads nothing'
};

/** Use-cases that check no actor, with the reason; each also says "Public:" in its own comment. */
const PUBLIC_USE_CASES = [
	'platform/check-health.ts',
	'members/get-invitation.ts',
	'models/list-models.ts',
	'models/get-model.ts',
	'auth/sign-in-with-password.ts',
	'auth/sign-up.ts',
	'auth/request-magic-link.ts',
	'auth/request-password-reset.ts',
	'auth/reset-password.ts',
	// The layer code is the invitation: whoever has it may answer, anonymously.
	'respond/get-respondent-form.ts',
	'respond/save-answers.ts',
	'respond/resume-response.ts',
	'respond/get-thanks.ts',
	// What a school published for its respondents, reached with the same code.
	'plans/get-published-feedback.ts',
	// The session code is the invitation to a team conversation: whoever has it may place, anonymously.
	'dialogue/get-participant-page.ts',
	'dialogue/join-dialogue.ts',
	'dialogue/place-in-dialogue.ts'
];

/** Use-cases for operators (CLI, start-up); no route may import them. */
const OPERATOR_USE_CASES = ['models/import-models.ts'];

/** Helpers beside the use-cases that are not entry points themselves. */
const NOT_USE_CASES = [
	'auth/types.ts',
	'imports/progress.ts',
	'members/last-admin.ts',
	'dialogue/participant.ts',
	'inspiration/reader.ts'
];

const AUTHORIZATION_CALLS =
	// `readerOf`: the inspiration library is searched by everyone, and what each reader may read
	// follows from who they are (public, members, one organisation's own items).
	/\b(authorize|access|ownReflection|requireActor|requirePlatformAdmin|checkPlatformAdmin|readerOf)\(|\bgetSession\(/;

const routeFiles = walk(ROUTES).filter((f) => /\+(page|layout)\.server\.ts$|\+server\.ts$/.test(f));
/** The areas use-cases are grouped by; a use-case lives in exactly one of them, none at the root. */
const AREAS = fs
	.readdirSync(USE_CASES, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);
const useCaseFiles = AREAS.flatMap((area) => walk(path.join(USE_CASES, area))).filter(
	(f) => f.endsWith('.ts') && !f.endsWith('.test.ts')
);

describe('authorization coverage', () => {
	it('finds the server entry points and use-cases it guards', () => {
		expect(routeFiles.length).toBeGreaterThan(15);
		expect(useCaseFiles.length).toBeGreaterThan(70);
		expect(AREAS.length).toBeGreaterThan(10);
	});

	it('keeps every use-case in an area folder, none loose at the root', () => {
		const loose = fs.readdirSync(USE_CASES, { withFileTypes: true }).filter((entry) => entry.isFile());
		expect(loose.map((entry) => entry.name)).toEqual([]);
		expect(
			AREAS.every((area) => /^[a-z]+(-[a-z]+)*$/.test(area)),
			AREAS.join(', ')
		).toBe(true);
	});

	it.each(routeFiles)('%s goes through a use-case or is public for a stated reason', (file) => {
		const source = fs.readFileSync(file, 'utf8');
		const usesUseCase = /from '#lib\/server\/use-cases\//.test(source);
		const reason = PUBLIC_ROUTES[file];
		expect(usesUseCase || reason !== undefined, `${file} calls no use-case and is not listed as public`).toBe(true);
	});

	it.each(routeFiles)('%s never queries the database directly', (file) => {
		const source = fs.readFileSync(file, 'utf8');
		expect(source).not.toMatch(/from '#lib\/server\/(repositories|db\/schema)/);
		expect(source).not.toMatch(/from 'drizzle-orm'/);
		expect(source).not.toMatch(/#lib\/server\/db\/index/);
		for (const name of OPERATOR_USE_CASES) expect(source).not.toContain(`use-cases/${name}`);
	});

	it.each(useCaseFiles)('%s checks the actor, or is public by design', (file) => {
		const name = path.relative(USE_CASES, file);
		if (NOT_USE_CASES.includes(name)) return;
		if (OPERATOR_USE_CASES.includes(name)) {
			expect(fs.readFileSync(file, 'utf8'), `${name} must say it is for operators`).toMatch(/Operator:/);
			return;
		}
		const source = fs.readFileSync(file, 'utf8');
		if (PUBLIC_USE_CASES.includes(name)) {
			expect(source, `${name} is listed as public but does not say so`).toMatch(/Public:/);
			return;
		}
		// A use-case may check through another use-case that authorizes (e.g. getInvitation).
		const delegates = /from '\.\.?\/(members\/)?(get-invitation|get-import-page)\.ts'/.test(source);
		expect(AUTHORIZATION_CALLS.test(source) || delegates, `${name} checks no actor`).toBe(true);
	});

	it.each(useCaseFiles)('%s leaves its queries to the repositories', (file) => {
		const source = fs.readFileSync(file, 'utf8');
		expect(source).not.toMatch(/from '[^']*db\/schema[^']*'/);
		expect(source).not.toMatch(/from 'drizzle-orm[^']*'/);
	});

	it('lists only files that exist', () => {
		for (const file of Object.keys(PUBLIC_ROUTES)) expect(fs.existsSync(file), file).toBe(true);
		for (const name of [...PUBLIC_USE_CASES, ...NOT_USE_CASES, ...OPERATOR_USE_CASES])
			expect(fs.existsSync(path.join(USE_CASES, name)), name).toBe(true);
	});
});
