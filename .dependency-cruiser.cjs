/**
 * The layers of the application as rules (docs/architecture.md explains each one). `npm run check` runs
 * them over src/; a rule that fails prints its name and the import that broke it. No exceptions are
 * kept: every violation fails.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'domain-is-pure',
			comment:
				'src/lib/domain is plain TypeScript, tested without a database: no framework, no database, no server code, no Node built-ins, not even for types.',
			severity: 'error',
			from: { path: '^src/lib/domain/' },
			to: {
				path: [
					'^src/(routes|lib/server|lib/components|lib/paraglide)/',
					'^[$](app|env|service-worker)/',
					'^node_modules/(svelte|@sveltejs|drizzle-orm|drizzle-kit|pg|pg-boss|@electric-sql|better-auth|pdfkit|echarts|nodemailer)/'
				]
			}
		},
		{
			name: 'domain-is-pure',
			comment:
				'No Node built-ins in the domain either: it runs anywhere, the browser included. Its tests may read their fixture files from disk.',
			severity: 'error',
			from: { path: '^src/lib/domain/', pathNot: '[.]test[.]ts$' },
			to: { dependencyTypes: ['core'] }
		},
		{
			name: 'edges-use-use-cases',
			comment:
				'Routes and components call use-cases; they never reach for the repositories or the database themselves.',
			severity: 'error',
			from: { path: ['^src/routes/', '^src/lib/components/'] },
			to: { path: ['^src/lib/server/repositories/', '^src/lib/server/db/'] }
		},
		{
			name: 'use-cases-go-through-repositories',
			comment: 'Use-cases orchestrate; every query lives in a repository. No schema, no drizzle-orm in a use-case.',
			severity: 'error',
			from: { path: '^src/lib/server/use-cases/' },
			to: { path: ['^src/lib/server/db/schema/', '^node_modules/drizzle-orm/'] }
		},
		{
			name: 'use-cases-below-renderers',
			comment:
				'Renderers (charts, PDF, CSV, plan exports) sit above the use-cases and may use their result types; use-cases never import a renderer.',
			severity: 'error',
			from: { path: '^src/lib/server/use-cases/' },
			to: { path: '^src/lib/server/renderers/' }
		},
		{
			name: 'app-never-imports-tests',
			comment: 'Test code does not ship: nothing under src/ imports tests/.',
			severity: 'error',
			from: { path: '^src/' },
			to: { path: '^tests/' }
		},
		{
			name: 'no-cycles',
			comment: 'No import cycles: each layer can be read, tested and replaced on its own.',
			severity: 'error',
			from: { path: '^src/' },
			to: { circular: true }
		},
		{
			name: 'not-to-unresolvable',
			comment: 'An import that does not resolve means the rules above cannot see it.',
			severity: 'error',
			from: { path: '^src/' },
			// SvelteKit's virtual modules ($app/…, $env/…) and generated route types (./$types) exist only
			// inside its build and its type generation.
			to: { couldNotResolve: true, pathNot: ['^[$](app|env|service-worker)/', '(^|/)[$]types$'] }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: ['^src/lib/paraglide/', '^\\.svelte-kit/'] },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'types'],
			mainFields: ['module', 'main', 'types', 'typings'],
			extensions: ['.ts', '.js', '.svelte', '.json']
		},
		skipAnalysisNotInRules: true
	}
};
