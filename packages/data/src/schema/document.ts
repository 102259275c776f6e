// A document a person fills in on their own device: the takedown request (侵害情報の通知書 兼 送信防止措置依頼書),
// the sender-information disclosure request (発信者情報開示請求書) and the incident log. The content says what each
// field is for in plain words and how the standard form lays the sections out; renderDocument (display/) fills it in.
import { z } from "zod";
import { BILINGUAL, IdSchema, LocalizedTextSchema } from "./primitives.js";
import { assuredFields } from "./record-fields.js";

/** How a field is typed in and checked. */
export const DocumentFieldTypeSchema = z
  .enum(["text", "multiline", "url", "date", "datetime", "choice", "choices"])
  .meta({
    id: "DocumentFieldType",
    description:
      "text: one line; multiline: several lines; url: one absolute http(s) address; date: YYYY-MM-DD; datetime: YYYY-MM-DDTHH:MM; choice: one of the choices; choices: any of the choices.",
  });
export type DocumentFieldType = z.infer<typeof DocumentFieldTypeSchema>;

/** One option of a choice field, with what it means in plain words. */
export const DocumentChoiceSchema = z
  .strictObject({
    /** Stable id, the value the field holds. */
    id: IdSchema,
    /** The option as the form words it. */
    label: LocalizedTextSchema,
    /** What it means, in plain words. */
    help: LocalizedTextSchema.optional(),
  })
  .meta({ id: "DocumentChoice", description: "One option of a choice field, with a plain explanation." });
export type DocumentChoice = z.infer<typeof DocumentChoiceSchema>;

/** One field of a document. */
export const DocumentFieldSchema = z
  .strictObject({
    /** Stable id, unique within its document; the key of its value. */
    id: IdSchema,
    /** How it is typed in and checked. */
    type: DocumentFieldTypeSchema,
    /** The field's heading, as the standard form words it. */
    label: LocalizedTextSchema,
    /** What to write, in plain words. */
    help: LocalizedTextSchema,
    /** Whether the document is incomplete without it. */
    required: z.boolean(),
    /** Withheld in the copy the poster may be shown (name, address, contact details). */
    masked: z.boolean().optional(),
    /** The options of a choice or choices field. */
    choices: z.array(DocumentChoiceSchema).min(2).optional(),
    /** Questions that help a person write the text (the reasons a right was infringed). */
    prompts: z.array(LocalizedTextSchema).min(1).optional(),
  })
  .meta({ id: "DocumentField", description: "One field of a document, with plain help." });
export type DocumentField = z.infer<typeof DocumentFieldSchema>;

/** A part of the document as the standard form lays it out. */
export const DocumentSectionSchema = z
  .strictObject({
    /** Stable id, unique within its document; the key of a repeated section's entries. */
    id: IdSchema,
    /** The section's heading, as the form words it. */
    heading: LocalizedTextSchema,
    /** Fixed text the section opens with (in our words; the form's own wording may differ). */
    intro: LocalizedTextSchema.optional(),
    /** The fields, in the form's order. */
    fields: z.array(DocumentFieldSchema).min(1),
    /** Set when the section is filled once per item (one entry per post, one per incident). */
    repeat: z
      .strictObject({
        /** What one entry is called ("投稿" / "Post"), numbered when rendered. */
        item: LocalizedTextSchema,
        /** The most entries one document takes. */
        max: z.number().int().min(1).max(100),
        /** A date or datetime field of the section: entries are printed in its order, as one timeline. */
        sortBy: IdSchema.optional(),
      })
      .optional(),
  })
  .meta({ id: "DocumentSection", description: "A part of a document, in the standard form's order." });
export type DocumentSection = z.infer<typeof DocumentSectionSchema>;

/** A document a person fills in on their own device. */
export const DocumentSchema = z
  .strictObject({
    /** Stable kebab-case id (takedown-request, disclosure-request, incident-log). */
    id: IdSchema,
    /** The document's title as printed. */
    title: LocalizedTextSchema,
    /** The official form it follows, by its own name; absent for a record that follows no form. */
    form: LocalizedTextSchema.optional(),
    /** One sentence: what it is for. */
    summary: LocalizedTextSchema,
    /** What to know before writing anything, shown first. */
    warnings: z.array(LocalizedTextSchema).min(1),
    /** Where to send it, and when to ask for help first. */
    sendTo: LocalizedTextSchema.optional(),
    /** Ids of caution records shown with the warnings (e.g. a request may reach the poster). */
    cautions: z.array(IdSchema),
    /** Ids of contacts who help with it (a lawyer, 法テラス, the police). */
    contacts: z.array(IdSchema),
    /** Whether the designated platforms' own removal routes are linked as the way to use instead. */
    platformRoutes: z.boolean(),
    /** The sections, in the standard form's order. */
    sections: z.array(DocumentSectionSchema).min(1),
    /** Where sources disagree (old and current forms) and what that means for the person. */
    notes: LocalizedTextSchema.optional(),
    ...assuredFields(BILINGUAL),
  })
  .meta({ id: "Document", title: "Document", description: "A document a person fills in on their own device." });
export type Document = z.infer<typeof DocumentSchema>;

/** Every document, in the order people meet them. */
export const DocumentsSchema = z
  .array(DocumentSchema)
  .meta({ id: "Documents", description: "Every document, in the order people meet them." });
