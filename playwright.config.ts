import { defineConfig, devices } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The network here is closed: without these flags Chromium keeps trying to reach Google.
const args = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 3,
	retries: 0,
	// Generous on purpose: the suite must stay green on a busy machine (a CPU hog on one of two
	// cores makes every step about twice as slow). A passing test takes no longer for it.
	timeout: 60_000,
	expect: { timeout: 12_000 },
	forbidOnly: true,
	reporter: [['list']],
	globalSetup: './tests/e2e/support/global-setup.ts',
	outputDir: 'tmp/e2e-results',
	use: {
		launchOptions: { executablePath: chromium, args },
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		{
			name: 'desktop',
			// Tests about a phone-sized screen run only in the phone project.
			grepInvert: /@phone-only/,
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, channel: undefined }
		},
		{
			name: 'phone',
			// Server-side probes and bulk imports behave the same on any viewport.
			grepInvert: /@desktop-only/,
			use: {
				viewport: { width: 360, height: 740 },
				deviceScaleFactor: 2,
				isMobile: true,
				hasTouch: true,
				userAgent: devices['Pixel 7'].userAgent
			}
		}
	]
});
