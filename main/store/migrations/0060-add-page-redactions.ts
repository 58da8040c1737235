// Redaction boxes found on PDF pages (filled black rectangles), kept with the page for display and counts.
import type { Migration } from "./migration";

export const migration: Migration = {
  version: 60,
  name: "add-page-redactions",
  up: `
    -- [[left, bottom, right, top], …] in half-points of PDF user space, like the character boxes.
    ALTER TABLE pages ADD COLUMN redactions_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(redactions_json));
  `,
};
