// Every schema step in order; the last one's version is the newest schema this build knows.
import type { Migration } from "./migration";
import { migration as m10 } from "./0010-create-case";
import { migration as m20 } from "./0020-create-messages";
import { migration as m30 } from "./0030-create-annotations";
import { migration as m40 } from "./0040-create-audit-log";
import { migration as m50 } from "./0050-create-search";
import { migration as m60 } from "./0060-add-page-redactions";
import { migration as m70 } from "./0070-create-annotation-links";
import { migration as m80 } from "./0080-create-reviews";
import { migration as m90 } from "./0090-create-text-units";
import { migration as m100 } from "./0100-create-memos";

export const MIGRATIONS: readonly Migration[] = [m10, m20, m30, m40, m50, m60, m70, m80, m90, m100];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export type { Migration };
