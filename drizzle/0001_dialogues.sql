CREATE TABLE "dialogue_agreements" (
	"session_id" uuid NOT NULL,
	"aspect_id" text NOT NULL,
	"level" smallint,
	"notes" text DEFAULT '' NOT NULL,
	"agreed_on" date NOT NULL,
	CONSTRAINT "dialogue_agreements_session_id_aspect_id_pk" PRIMARY KEY("session_id","aspect_id")
);
--> statement-breakpoint
CREATE TABLE "dialogue_placements" (
	"session_id" uuid NOT NULL,
	"aspect_id" text NOT NULL,
	"participant" text NOT NULL,
	"layer" text NOT NULL,
	"level" smallint,
	"dont_know" boolean DEFAULT false NOT NULL,
	CONSTRAINT "dialogue_placements_session_id_aspect_id_participant_pk" PRIMARY KEY("session_id","aspect_id","participant"),
	CONSTRAINT "dialogue_placements_choice_ck" CHECK (("dialogue_placements"."level" is null) = "dialogue_placements"."dont_know")
);
--> statement-breakpoint
CREATE TABLE "dialogue_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"aspect_ids" jsonb NOT NULL,
	"current_index" smallint DEFAULT 0 NOT NULL,
	"revealed_aspect_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "dialogue_sessions_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "dialogue_agreements" ADD CONSTRAINT "dialogue_agreements_session_id_dialogue_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."dialogue_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_placements" ADD CONSTRAINT "dialogue_placements_session_id_dialogue_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."dialogue_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_sessions" ADD CONSTRAINT "dialogue_sessions_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_sessions" ADD CONSTRAINT "dialogue_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_sessions" ADD CONSTRAINT "dialogue_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dialogue_sessions_round_idx" ON "dialogue_sessions" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "dialogue_sessions_org_idx" ON "dialogue_sessions" USING btree ("organisation_id");