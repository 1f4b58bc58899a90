CREATE TABLE "inspiration_saved" (
	"user_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspiration_saved_user_id_item_id_pk" PRIMARY KEY("user_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "plan_action_sources" (
	"action_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_action_sources_action_id_item_id_pk" PRIMARY KEY("action_id","item_id")
);
--> statement-breakpoint
ALTER TABLE "inspiration_saved" ADD CONSTRAINT "inspiration_saved_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspiration_saved" ADD CONSTRAINT "inspiration_saved_item_id_inspiration_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."inspiration_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_sources" ADD CONSTRAINT "plan_action_sources_action_id_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_sources" ADD CONSTRAINT "plan_action_sources_item_id_inspiration_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."inspiration_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_action_sources_item_idx" ON "plan_action_sources" USING btree ("item_id");