// Which parts of a contact only the folds and full cards show. The CDN build's contacts file
// (stalker-help-widget.data.<lang>.json) leaves them out, so that the first screen waits for no more than its compact
// cards need; they come in the details file (stalker-help-widget.details.<lang>.json) right after the first card.
// The build (scripts/data-file.ts), the contacts file's check (contacts-check.ts) and the merge (merge-contact-details.ts)
// all read these two lists, so moving a field between the files is a change here only.

/** Contact fields in the details file, not the contacts file: the compact card never shows them. */
export const CONTACT_DETAIL_FIELDS = ["summary", "description", "prepare", "remedies", "sources"] as const;

/** Channel fields in the details file (by the channel's position), not the contacts file. */
export const CHANNEL_DETAIL_FIELDS = ["notes", "traces"] as const;
