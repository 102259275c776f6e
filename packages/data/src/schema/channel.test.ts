import { describe, expect, it } from "vitest";
import { CHANNEL_TYPE_LABELS, TRACE_LABELS } from "../display/labels.js";
import { ChannelSchema, TraceSchema } from "./channel.js";

describe("channels that must be set up first (app, relay)", () => {
  it("accepts the 110 app and the relay service with an https page and a registration flag", () => {
    for (const type of ["app", "relay"] as const) {
      const parsed = ChannelSchema.parse({ type, url: "https://example.jp/", needsRegistration: true });
      expect(parsed.type).toBe(type);
    }
  });

  it("refuses one that does not say whether registration is needed, or that links over plain http", () => {
    expect(ChannelSchema.safeParse({ type: "app", url: "https://example.jp/" }).success).toBe(false);
    expect(ChannelSchema.safeParse({ type: "relay", url: "http://example.jp/", needsRegistration: true }).success).toBe(
      false,
    );
  });

  it("has a label for each new type and a sentence for the app-installed trace", () => {
    expect(CHANNEL_TYPE_LABELS.app.ja).toBe("アプリ");
    expect(CHANNEL_TYPE_LABELS.relay.ja).toBe("電話リレーサービス");
    expect(TraceSchema.options).toContain("app-installed");
    expect(TRACE_LABELS["app-installed"].ja).toContain("ホーム画面");
  });
});
