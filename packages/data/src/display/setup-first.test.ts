import { describe, expect, it } from "vitest";
import type { Channel } from "../schema/channel.js";
import { setUpFirstNote } from "./setup-first.js";

const app: Channel = { type: "app", url: "https://example.jp/app", needsRegistration: true };
const web: Channel = { type: "web", url: "https://example.jp/" };

describe("setUpFirstNote", () => {
  it("says an app that needs registering must be set up before the moment of need", () => {
    expect(setUpFirstNote(app, "ja")).toContain("登録が必要");
    expect(setUpFirstNote(app, "en")).toContain("register before");
  });

  it("says nothing for a channel usable at once, or an app without registration", () => {
    expect(setUpFirstNote(web, "ja")).toBeNull();
    expect(setUpFirstNote({ ...app, needsRegistration: false }, "en")).toBeNull();
  });
});
