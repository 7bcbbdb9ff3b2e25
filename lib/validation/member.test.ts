import { describe, expect, it } from "vitest";
import { preferenceSchema, signinSchema, signupSchema } from "./member";

const valid = { email: "reader@example.com", firstName: "Ada", lastName: "Lovelace", interests: [] };

function errorsOf(input: unknown) {
  const result = signupSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
}

describe("signupSchema", () => {
  it("trims and lower-cases the e-mail and keeps names as typed", () => {
    const parsed = signupSchema.parse({
      ...valid,
      email: "  Reader@Example.COM ",
      firstName: " Zoë ",
      lastName: "O'Brien 山田",
    });
    expect(parsed.email).toBe("reader@example.com");
    expect(parsed.firstName).toBe("Zoë");
    expect(parsed.lastName).toBe("O'Brien 山田");
  });

  it("reads an HTML checkbox", () => {
    expect(signupSchema.parse({ ...valid, newsletter: "on" }).newsletter).toBe(true);
    expect(signupSchema.parse({ ...valid }).newsletter).toBe(false);
  });

  it.each([
    [{ email: "not-an-email" }, "email", "Enter a valid email address, like name@example.com"],
    [{ email: "" }, "email", "Enter your email address"],
    [{ email: `${"a".repeat(245)}@example.com` }, "email", "Email must be at most 254 characters"],
    [{ firstName: "   " }, "firstName", "Enter your first name"],
    [{ firstName: "x".repeat(101) }, "firstName", "First name must be at most 100 characters"],
    [{ lastName: "x".repeat(101) }, "lastName", "Last name must be at most 100 characters"],
    [{ firstName: "Bad\u0000Name" }, "firstName", "First name cannot contain control characters"],
    [
      { firstName: "\u202Eecila" },
      "firstName",
      "First name cannot contain text-direction control characters",
    ],
    [{ lastName: "Smith\u2066" }, "lastName", "Last name cannot contain text-direction control characters"],
    [
      { firstName: "Ann\u{E0041}\u{E007F}" },
      "firstName",
      "First name cannot contain invisible tag characters",
    ],
    [{ lastName: "\u{E0001}Lee" }, "lastName", "Last name cannot contain invisible tag characters"],
    [{ firstName: "\u200B\u200B" }, "firstName", "Enter your first name"],
    [{ lastName: "\u200D\u3000" }, "lastName", "Last name must contain letters you can see"],
    [{ firstName: "\u3164\u2800\u034F\uFE0F" }, "firstName", "Enter your first name"],
  ])("rejects %j on the field it concerns", (override, field, message) => {
    expect(errorsOf({ ...valid, ...override })).toEqual({ [field]: [message] });
  });

  it("accepts names of exactly 100 characters and an e-mail of exactly 254", () => {
    const email = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(61)}`;
    expect(email).toHaveLength(254);
    expect(errorsOf({ ...valid, email, firstName: "x".repeat(100) })).toEqual({});
  });
});

describe("signinSchema", () => {
  it("normalises the e-mail the same way as sign-up", () => {
    expect(signinSchema.parse({ email: " A@B.CO " }).email).toBe("a@b.co");
  });
});

describe("preferenceSchema", () => {
  it("accepts the newsletter or one interest, and nothing else", () => {
    expect(preferenceSchema.safeParse({ kind: "newsletter", value: true }).success).toBe(true);
    expect(preferenceSchema.safeParse({ kind: "interest", interestId: "abc", value: false }).success).toBe(
      true,
    );
    expect(preferenceSchema.safeParse({ kind: "interest", value: false }).success).toBe(false);
    expect(preferenceSchema.safeParse({ kind: "admin", value: true }).success).toBe(false);
    expect(preferenceSchema.safeParse({ kind: "newsletter", value: "yes" }).success).toBe(false);
  });
});
