// Triage, loaded only when a person asks for it: its rules are a few KB the first screen does not need.
export { createTriage } from "@netstalker/data/query";
