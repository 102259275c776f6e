// The audit's first finding: at 03:00 on a Sunday, "open now" listed seven web forms nobody reads until Monday.
// These run on the real dataset, so a form switched back to "always" fails here.
import { describe, expect, it } from "vitest";
import { dataset } from "../../src/generated/dataset.js";
import { describeSchedule, effectiveSchedule, isOpenAt, openStatus } from "../../src/index.js";

function jst(local: string): Date {
  return new Date(`${local}+09:00`);
}
const contact = (id: string) => {
  const found = dataset.contacts.find((c) => c.id === id);
  if (!found) throw new Error(`no contact ${id}`);
  return found;
};

const FORM_WINDOWS = [
  "npa-cyber-online-desk",
  "nnvs-victim-support",
  "moj-internet-human-rights-form",
  "ihaho-illegal-harmful-info-center",
  "sia-slander-hotline",
  "sia-safe-line",
  "internet-hotline-center",
];

const NIGHTS_AND_HOLIDAYS = [
  ["03:00 on a Sunday", "2026-12-06T03:00"],
  ["02:00 on a weekday", "2026-12-03T02:00"],
  ["noon on New Year's Day", "2027-01-01T12:00"],
  ["noon on 建国記念の日 (a Thursday)", "2027-02-11T12:00"],
] as const;

describe("the seven form windows are never open at night or on holidays", () => {
  it.each(FORM_WINDOWS)("%s is not open at 03:00 on a Sunday", (id) => {
    expect(isOpenAt(contact(id), jst("2026-12-06T03:00"))).not.toBe(true);
    expect(openStatus(contact(id), jst("2026-12-06T03:00")).open).not.toBe(true);
  });

  it.each(FORM_WINDOWS.flatMap((id) => NIGHTS_AND_HOLIDAYS.map(([when, at]) => [id, when, at] as const)))(
    "%s is not open at %s",
    (id, _, at) => {
      const c = contact(id);
      expect(isOpenAt(c, jst(at))).not.toBe(true);
      for (const channel of c.channels) {
        if (channel.type !== "form" && channel.type !== "email") continue;
        expect(isOpenAt(effectiveSchedule(c, channel), jst(at)), `${id} ${channel.type}`).toBe(false);
      }
    },
  );

  it.each(FORM_WINDOWS.filter((id) => id !== "nnvs-victim-support"))(
    "%s is shown as accepting any time with replies later",
    (id) => {
      expect(describeSchedule(contact(id).schedule, "ja")[0]).toBe("24時間受付(返信は後日)");
      expect(describeSchedule(contact(id).schedule, "en")[0]).toBe("Accepts any time; replies on business days");
    },
  );

  it("no form or e-mail channel anywhere claims live hours", () => {
    for (const c of dataset.contacts) {
      for (const channel of c.channels) {
        if (channel.type !== "form" && channel.type !== "email") continue;
        expect(effectiveSchedule(c, channel).type, `${c.id} ${channel.type}`).toBe("deferred");
      }
    }
  });

  it("nnvs-victim-support is no longer 24 hours, every day", () => {
    const c = contact("nnvs-victim-support");
    expect(c.schedule.type).toBe("varies");
    expect(describeSchedule(c.schedule, "ja").join()).not.toContain("24時間・年中無休");
    expect(c.confidence).not.toBe("high");
  });

  it("npa-cyber-online-desk hedges the weekend claim (no official source) and sends threats to 110", () => {
    const c = contact("npa-cyber-online-desk");
    // The second audit found "not read at weekends" only on a blog: the description no longer states it flat,
    // the schedule note keeps it as an unconfirmed notice.
    expect(c.description.ja).not.toContain("土日・祝日・年末年始には確認されず");
    const note = c.schedule.type === "deferred" ? c.schedule.note?.ja : undefined;
    expect(note).toContain("土日・祝日・年末年始");
    expect(note).toContain("確かめられていません");
    expect(c.description.ja).toContain("110番");
    expect(c.description.ja).toContain("被害届");
  });

  it("live lines keep their hours: #8103 is open at 03:00 on a Sunday, 110 too", () => {
    expect(isOpenAt(contact("npa-sexual-crime-8103"), jst("2026-12-06T03:00"))).toBe(true);
    expect(isOpenAt(contact("police-emergency-110"), jst("2026-12-06T03:00"))).toBe(true);
  });
});

describe("languages per channel", () => {
  it("DV相談+ answers the phone in Japanese and other languages by chat and e-mail", () => {
    const c = contact("dv-soudan-plus");
    const phone = c.channels.find((ch) => ch.type === "phone");
    const email = c.channels.find((ch) => ch.type === "email");
    expect(phone?.languages).toEqual(["ja"]);
    expect(email?.languages).toContain("mul");
    expect(c.description.ja).not.toMatch(/^.*11の言語で相談できます/);
    expect(c.description.ja).toContain("電話は日本語");
  });

  it("every channel's languages are listed on its contact", () => {
    for (const c of dataset.contacts) {
      for (const channel of c.channels) {
        for (const lang of channel.languages ?? []) expect(c.languages, c.id).toContain(lang);
      }
    }
  });
});
