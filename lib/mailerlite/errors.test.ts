import { describe, expect, it } from "vitest";
import { errorFromResponse, MailerLiteError, parseRetryAfter } from "./errors";

const headers = (values: Record<string, string>) => new Headers(values);

describe("errorFromResponse", () => {
  it.each([
    [400, "bad_request", false],
    [401, "unauthorized", false],
    [403, "forbidden", false],
    [404, "not_found", false],
    [405, "method_not_allowed", false],
    [408, "timeout", true],
    [409, "client_error", false],
    [422, "validation", false],
    [429, "rate_limited", true],
    [500, "server", true],
    [502, "server", true],
    [503, "server", true],
    [504, "server", true],
  ] as const)("maps HTTP %i to %s (retryable: %s)", (status, code, retryable) => {
    const error = errorFromResponse(status, { message: "x" });
    expect(error).toBeInstanceOf(MailerLiteError);
    expect(error).toMatchObject({ code, status, retryable, name: "MailerLiteError" });
  });

  it("keeps MailerLite's message from a 401", () => {
    const error = errorFromResponse(401, { message: "Unauthenticated." });
    expect(error.message).toBe("Unauthenticated.");
    expect(error.retryable).toBe(false);
  });

  it("keeps the 422 message and the field errors", () => {
    const error = errorFromResponse(422, {
      message: "The groups.0 must be a number. (and 1 more error)",
      errors: {
        "groups.0": ["The groups.0 must be a number."],
        email: ["The email must be a valid email address."],
      },
    });
    expect(error.code).toBe("validation");
    expect(error.message).toBe("The groups.0 must be a number. (and 1 more error)");
    expect(error.fieldErrors).toEqual({
      "groups.0": ["The groups.0 must be a number."],
      email: ["The email must be a valid email address."],
    });
  });

  it("reads Retry-After seconds from a 429", () => {
    const error = errorFromResponse(429, { message: "Too Many Attempts." }, headers({ "Retry-After": "37" }));
    expect(error).toMatchObject({ code: "rate_limited", retryable: true, retryAfterMs: 37_000 });
    expect(error.message).toBe("Too Many Attempts.");
  });

  it("falls back to a generic message when the body is not MailerLite's JSON", () => {
    const error = errorFromResponse(502, "<html>Bad Gateway</html>");
    expect(error.message).toBe("MailerLite answered HTTP 502");
    expect(error.retryAfterMs).toBeUndefined();
    expect(error.fieldErrors).toBeUndefined();
  });
});

describe("parseRetryAfter", () => {
  it("reads delay-seconds, including fractions", () => {
    expect(parseRetryAfter("0")).toBe(0);
    expect(parseRetryAfter(" 12 ")).toBe(12_000);
    expect(parseRetryAfter("1.5")).toBe(1_500);
  });

  it("reads an HTTP date relative to now and never goes negative", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Wed, 31 Dec 2025 23:59:00 GMT", now)).toBe(0);
  });

  it("ignores missing or unreadable values", () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("")).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter("-5")).toBeUndefined();
  });
});
