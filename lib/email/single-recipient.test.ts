import { describe, expect, it } from "vitest";
import { assertSingleRecipient, isSingleRecipient } from "./single-recipient";

describe("isSingleRecipient", () => {
  it("takes one plain address", () => {
    expect(isSingleRecipient("reader@club.test")).toBe(true);
    expect(isSingleRecipient("first.last+books@mail.club.test")).toBe(true);
  });

  it.each([
    ["a list", "a@x.net,b@y.net"],
    ["a list with a semicolon", "a@x.net;b@y.net"],
    ["a header after CR/LF", "a@x.net\r\nBcc: b@y.net"],
    ["a line feed", "a@x.net\nb@y.net"],
    ["a display name", "Reader <reader@club.test>"],
    ["surrounding spaces", " reader@club.test"],
    ["capitals", "Reader@Club.test"],
    ["a quoted local part", '"a b"@club.test'],
    ["no address", ""],
  ])("refuses %s", (_label, to) => {
    expect(isSingleRecipient(to)).toBe(false);
    expect(() => assertSingleRecipient(to)).toThrow("not exactly one e-mail address");
  });
});
