import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vite';

// The `node` devDependency puts Node 24 first on PATH for npm scripts. If its install script was
// skipped, everything would silently run on the system Node: fail loudly instead.
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor < 24) {
	throw new Error(
		`Node ${process.versions.node} is running; this project needs Node 24 (run through npm scripts after \`npm ci\`).`
	);
}

// Under Vitest the paraglide plugin keeps the process alive; messages are compiled in `prepare`.
const paraglide = process.env.VITEST
	? []
	: [
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				strategy: ['cookie', 'baseLocale'],
				emitTsDeclarations: true
			})
		];

export default defineConfig({
	plugins: [
		...paraglide,
		sveltekit({
			adapter: adapter({ out: 'build' }),
			compilerOptions: { runes: true },
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none']
				}
			}
		})
	],
	server: { port: 5173 }
});
