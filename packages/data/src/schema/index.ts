export * from "./channel.js";
export * from "./contact.js";
export * from "./dataset.js";
export * from "./faq.js";
export * from "./primitives.js";
export * from "./remedy.js";
export * from "./schedule.js";
export * from "./taxonomy.js";
