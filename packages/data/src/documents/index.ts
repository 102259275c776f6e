// Fillable documents: the content, the checks on what a person typed, and the rendering into the form's sections.
import { documents } from "../generated/documents.js";

export type {
  Document,
  DocumentChoice,
  DocumentField,
  DocumentFieldType,
  DocumentSection,
} from "../schema/document.js";

export { DOCUMENT_LABELS, entryHeading } from "./labels.js";
export {
  documentById,
  documentText,
  type RenderedDocument,
  type RenderedLine,
  type RenderedSection,
  type RenderOptions,
  renderDocument,
} from "./render.js";
export {
  checkValues,
  type DocumentEntryValues,
  type DocumentFieldValue,
  DocumentValueError,
  type DocumentValues,
  fieldProblem,
  isPostUrl,
  MAX_FIELD_LENGTH,
} from "./values.js";
/** Every fillable document (takedown request, disclosure request, incident log), in both languages. */
export { documents };
