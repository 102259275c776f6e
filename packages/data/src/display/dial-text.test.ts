import { describe, expect, it } from "vitest";
import type { Channel } from "../schema/channel.js";
import {
  alternativeForText,
  dialReachNotes,
  dialText,
  mainDialChannel,
  shortcodeDialing,
  shortcodeInstruction,
  unreachableFromText,
} from "./dial-text.js";
import { channelTraces } from "./traces.js";

const code: Channel = { type: "shortcode", code: "#9110", unreachableFrom: ["rotary-dial", "ip-phone"] };
const tokyo: Channel = {
  type: "phone",
  number: "03-3501-0110",
  e164: "+81335010110",
  kind: "landline",
  unreachableFrom: [],
  alternativeFor: ["rotary-dial", "ip-phone"],
  label: { ja: "東京都の例", en: "Example for Tokyo" },
};
const other: Channel = { type: "phone", number: "0570-003-110", kind: "navi-dial", unreachableFrom: ["ip-phone"] };

describe("short codes as text", () => {
  it("says how to type a # code by hand, and why, in both languages", () => {
    expect(shortcodeInstruction("#9110", "ja")).toBe(
      "電話アプリで #9110 と入力して発信してください(iPhoneでは # を含むリンクを押しても発信されません)",
    );
    expect(shortcodeInstruction("#9110", "en")).toBe(
      "Open your phone app, type #9110 and call (iPhones do not dial links that contain #)",
    );
    expect(shortcodeInstruction("110", "ja")).toBe("電話アプリで 110 と入力して発信してください");
  });

  it("keeps the tel: link and offers only the numbers that stand in for the unreachable lines", () => {
    const dialing = shortcodeDialing({ channels: [code, tokyo, other] }, code, "ja");
    expect(dialing?.code).toBe("#9110");
    expect(dialing?.href).toBe("tel:%239110");
    expect(dialing?.alternatives).toEqual([
      {
        number: "03-3501-0110",
        href: "tel:+81335010110",
        label: "東京都の例",
        alternativeFor: ["rotary-dial", "ip-phone"],
      },
    ]);
  });

  it("is null for channels that are not short codes", () => {
    expect(shortcodeDialing({ channels: [tokyo] }, tokyo, "en")).toBeNull();
  });
});

describe("dial text", () => {
  it("shows the number as published and links its E.164 form; a phone needs no by-hand note", () => {
    expect(dialText(tokyo, "en")).toEqual({ shown: "03-3501-0110", href: "tel:+81335010110", byHand: null });
    expect(dialText(other, "ja")).toEqual({ shown: "0570-003-110", href: "tel:0570003110", byHand: null });
  });

  it("keeps a # code as text with its encoded link and how to type it; a plain code (110) dials from the link", () => {
    expect(dialText(code, "ja")).toEqual({
      shown: "#9110",
      href: "tel:%239110",
      byHand: shortcodeInstruction("#9110", "ja"),
    });
    const police: Channel = { type: "shortcode", code: "110", unreachableFrom: [] };
    expect(dialText(police, "en")).toEqual({ shown: "110", href: "tel:110", byHand: null });
    expect(shortcodeDialing({ channels: [police] }, police, "en")?.instruction).toBeNull();
  });

  it("is null for channels that are not dialled", () => {
    expect(dialText({ type: "web", url: "https://www.npa.go.jp/" }, "ja")).toBeNull();
  });

  it("picks the first phone or short code as the number a card calls", () => {
    const web: Channel = { type: "web", url: "https://www.npa.go.jp/" };
    expect(mainDialChannel({ channels: [web, other, code] })).toBe(other);
    expect(mainDialChannel({ channels: [web] })).toBeUndefined();
  });

  it("says which lines cannot dial a number and which it stands in for, as one sentence each, in both languages", () => {
    expect(unreachableFromText(["ip-phone", "rotary-dial"], "ja")).toBe("IP電話、ダイヤル回線からはかけられません");
    expect(unreachableFromText(["ip-phone"], "en")).toBe("Cannot be dialled from IP phones");
    expect(alternativeForText(["rotary-dial"], "en")).toBe("Use this from rotary-dial lines");
    expect(dialReachNotes(tokyo, "ja")).toEqual(["ダイヤル回線、IP電話からはこちら"]);
    expect(dialReachNotes(code, "en")).toEqual(["Cannot be dialled from rotary-dial lines and IP phones"]);
    expect(dialReachNotes({ type: "web", url: "https://www.npa.go.jp/" }, "en")).toEqual([]);
  });
});

describe("traces as text", () => {
  it("words each trace from the shared labels, in order", () => {
    const line: Channel = { type: "line", lineId: "@example", traces: ["line-friend"] };
    expect(channelTraces(line, "ja")).toEqual(["このアカウントがLINEの友だちとトーク一覧に表示されます。"]);
    expect(channelTraces({ ...other, traces: ["call-history", "navi-dial-charge"] }, "en")).toEqual([
      "The call stays in your phone's call history.",
      "Navi-dial (0570) calls are charged to you, and flat-rate call plans do not cover them.",
    ]);
    expect(channelTraces(other, "en")).toEqual([]);
  });
});
