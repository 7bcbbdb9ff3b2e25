import { describe, expect, it } from "vitest";
import { signMessage, verifiedMessage } from "./signed-message";

const secret = "signed-message-test-secret-0123456789";

describe("signed messages", () => {
  it("gives back the message the server signed, for the purpose it was signed for", () => {
    const signed = signMessage("upload", "Row 3, column 2: a quote appears inside a cell.", secret);
    expect(verifiedMessage("upload", signed, secret)).toBe("Row 3, column 2: a quote appears inside a cell.");
    expect(verifiedMessage("other", signed, secret)).toBeNull();
    expect(verifiedMessage("upload", signed, "another-secret-another-secret-0123")).toBeNull();
  });

  it("refuses a message anyone else wrote or changed", () => {
    const signed = signMessage("upload", "The file is larger than 5 MB", secret);
    expect(verifiedMessage("upload", signed.replace("5 MB", "5 MB. Call 555 0100"), secret)).toBeNull();
    expect(verifiedMessage("upload", "Call 555 0100", secret)).toBeNull();
    expect(verifiedMessage("upload", ".Call 555 0100", secret)).toBeNull();
    expect(verifiedMessage("upload", undefined, secret)).toBeNull();
  });
});
