import { escapeHtml } from "./escape-html";

export type MailContent = { subject: string; text: string; html: string };

const validity = "The link works for 24 hours. If you did not ask for it, you can ignore this email.";

/** The club's mails, in its own name (the club settings'). */
export function mailTemplates(club: string) {
  function layout(heading: string, paragraphs: string[], button?: { label: string; url: string }): string {
    const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("");
    // The link appears once (the plain-text part carries it for clients that cannot follow the button).
    const action = button
      ? `<p style="margin:24px 0"><a href="${escapeHtml(button.url)}" style="background:#065f46;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">${escapeHtml(button.label)}</a></p>`
      : "";
    return `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1c1917;max-width:560px;margin:0 auto;padding:24px"><h1 style="font-size:20px">${escapeHtml(heading)}</h1>${body}${action}<p style="font-size:13px;color:#57534e">${escapeHtml(club)}</p></body></html>`;
  }

  const linkMail = (
    subject: string,
    heading: string,
    intro: string,
    label: string,
    url: string,
  ): MailContent => ({
    subject,
    text: `${intro}\n\n${url}\n\n${validity}\n`,
    html: layout(heading, [intro, validity], { label, url }),
  });

  return {
    confirmEmailMail: (url: string) =>
      linkMail(
        `Confirm your email address for ${club}`,
        "Confirm your email address",
        `Welcome to ${club}! Confirm your email address to finish signing up.`,
        "Confirm my email",
        url,
      ),
    /** An admin's first sign-in: the link confirms the address too. */
    firstSignInMail: (url: string) =>
      linkMail(
        `Your first sign-in to ${club}`,
        "Sign in for the first time",
        `Use this link to sign in to ${club} for the first time; it also confirms your email address.`,
        "Sign in",
        url,
      ),
    signInMail: (url: string) =>
      linkMail(
        `Your sign-in link for ${club}`,
        "Sign in",
        `Use this link to sign in to ${club}.`,
        "Sign in",
        url,
      ),
    welcomeMail: (url: string) =>
      linkMail(
        `Welcome to ${club}`,
        `Welcome to ${club}`,
        `Welcome to ${club}! One of the club's admins added you as a member. Use this link to sign in and choose what you like to read.`,
        "Sign in",
        url,
      ),
    emailChangeMail: (url: string) =>
      linkMail(
        `Confirm your new email address for ${club}`,
        "Confirm your new email address",
        `Someone asked to use this address for their account at ${club}. If it was you, confirm it with this link: your address changes only when you do.`,
        "Confirm new address",
        url,
      ),
    /** A change of address asked for from an old sign-in: the member signs in again first. */
    signInAgainMail: (url: string) =>
      linkMail(
        `Sign in again to change your email address at ${club}`,
        "Sign in again",
        `You asked to change the email address of your account at ${club}. That needs a sign-in in the last hour: sign in with this link, then ask for the change again on your profile.`,
        "Sign in",
        url,
      ),
    /** To the old address when a change is asked for: the link gives the address back (for 7 days). */
    emailChangeNoticeMail: (newAddress: string, keepUrl: string): MailContent => {
      const intro = `Someone signed in to your account at ${club} asked to change its email address to ${newAddress}. Nothing changes unless the link we sent to that address is opened.`;
      const notYou = `If this wasn't you, keep your old address with this link (it works for 7 days, also after the change): your account gets this address back, and everyone signed in to it is signed out.`;
      return {
        subject: `Your email address at ${club} is being changed`,
        text: `${intro}\n\n${notYou}\n\n${keepUrl}\n`,
        html: layout("Your email address is being changed", [intro, notYou], {
          label: "This wasn't me: keep my old address",
          url: keepUrl,
        }),
      };
    },
    noAccountMail: (signupUrl: string): MailContent => {
      const intro = `Someone asked for a sign-in link to ${club} for this address, but there is no account yet — sign up here:`;
      const ignore = "If it was not you, you can ignore this email.";
      return {
        subject: `No account yet at ${club}`,
        text: `${intro}\n\n${signupUrl}\n\n${ignore}\n`,
        html: layout("No account yet", [intro, ignore], { label: "Sign up", url: signupUrl }),
      };
    },
  };
}
export type MailTemplates = ReturnType<typeof mailTemplates>;
