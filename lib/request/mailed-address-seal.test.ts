import { describe, expect, it } from "vitest";
import { openMailedAddress, sealMailedAddress } from "./mailed-address-seal";

const now = new Date("2026-12-07T12:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe("the mailed-to cookie's seal", () => {
  it("names the address it sealed for half an hour", () => {
    const sealed = sealMailedAddress("reader@club.test", now);
    expect(openMailedAddress(sealed, later(29))).toBe("reader@club.test");
    expect(openMailedAddress(sealed, later(30))).toBeNull();
  });

  it("names nothing for a value the browser wrote or changed", () => {
    const sealed = sealMailedAddress("reader@club.test", now);
    const [, until, mac] = sealed.split(".");
    const other = Buffer.from("a@x.net,b@y.net").toString("base64url");
    for (const forged of [
      "reader@club.test",
      "a@x.net,b@y.net",
      "a@x.net\r\nBcc: b@y.net",
      ` ${sealed}`,
      `${other}.${until}.${mac}`,
      `${sealed.split(".")[0]}.${Number(until) + 3600}.${mac}`,
      undefined,
    ]) {
      expect(openMailedAddress(forged, now)).toBeNull();
    }
  });
});
