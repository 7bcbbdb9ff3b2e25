import { describe, expect, it } from "vitest";
import { mailTemplates } from "./templates";

const { confirmEmailMail, emailChangeNoticeMail, noAccountMail, signInAgainMail, signInMail } =
  mailTemplates("The Book Club");

const url = "http://localhost:3000/confirm?email=a%40b.co&token=abc";
const links = (text: string) =>
  [...text.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0].replace(/&amp;/g, "&"));

describe("mail templates", () => {
  it.each([
    ["confirmation", confirmEmailMail(url), "Confirm"],
    ["sign-in", signInMail(url), "sign-in link"],
    ["sign-in-again", signInAgainMail(url), "Sign in again to change your email address"],
    ["change notice", emailChangeNoticeMail("n…@b.co", url), "is being changed"],
  ])("the %s mail carries its link exactly once in each part", (_, mail, subject) => {
    expect(mail.subject).toContain(subject);
    expect(links(mail.text)).toEqual([url]);
    expect(links(mail.html)).toEqual([url]);
  });

  it("the change notice offers to keep the old address, and promises nothing that stops working", () => {
    const mail = emailChangeNoticeMail("n…@b.co", url);
    expect(mail.text).toContain(
      "If this wasn't you, keep your old address with this link (it works for 7 days",
    );
    expect(mail.html).toContain(">This wasn&#39;t me: keep my old address</a>");
    expect(mail.text).not.toContain("sign in with this address and change it back");
  });

  it("the no-account note links to sign-up", () => {
    const mail = noAccountMail("http://localhost:3000/signup");
    expect(links(mail.text)).toEqual(["http://localhost:3000/signup"]);
    expect(mail.html).not.toContain("<script");
  });

  it("is written in the club's name, escaped in HTML", () => {
    const mail = mailTemplates("Tom & Jerry's <Readers>").signInMail(url);
    expect(mail.subject).toBe("Your sign-in link for Tom & Jerry's <Readers>");
    expect(mail.html).toContain("Tom &amp; Jerry&#39;s &lt;Readers&gt;");
    expect(mail.html).not.toContain("<Readers>");
  });
});
