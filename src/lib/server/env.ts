/**
 * Runtime configuration, parsed once at the boundary. Every variable is documented
 * in the README's configuration table.
 */
import { z } from 'zod';

const envSchema = z.object({
	DATABASE_URL: z.url().optional(),
	DATA_DIR: z.string().min(1).default('./data'),
	MIGRATIONS_DIR: z.string().min(1).default('./drizzle'),
	CONTENT_DIR: z.string().min(1).default('./content/models'),
	DEMO_INSPIRATION_DIR: z.string().min(1).default('./content/inspiration'),
	DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
	SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
	PUBLIC_BASE_URL: z.url().optional(),
	AUTH_SECRET: z.string().min(32).optional(),
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\//)
		.optional(),
	MAIL_FROM: z.string().min(3).default('Werkwijzer Samen Leren <noreply@werkwijzer.local>'),
	JOBS: z.enum(['on', 'off']).default('on'),
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	TEST_FIXTURES_TOKEN: z.string().min(24).optional(),
	NODE_ENV: z.string().optional()
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
	if (!cached) {
		// An empty variable counts as unset, as in most deployment tools.
		const set = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined && v !== ''));
		const parsed = envSchema.safeParse(set);
		if (!parsed.success) {
			const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
			throw new Error(`Invalid configuration: ${fields}`);
		}
		cached = parsed.data;
	}
	return cached;
}
