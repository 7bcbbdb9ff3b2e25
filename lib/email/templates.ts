import { site } from "@/lib/site";
import { escapeHtml } from "./escape-html";

export type MailContent = { subject: string; text: string; html: string };

function layout(heading: string, paragraphs: string[], button?: { label: string; url: string }): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("");
  // The link appears once (the plain-text part carries it for clients that cannot follow the button).
  const action = button
    ? `<p style="margin:24px 0"><a href="${escapeHtml(button.url)}" style="background:#065f46;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">${escapeHtml(button.label)}</a></p>`
    : "";
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1c1917;max-width:560px;margin:0 auto;padding:24px"><h1 style="font-size:20px">${escapeHtml(heading)}</h1>${body}${action}<p style="font-size:13px;color:#57534e">${escapeHtml(site.name)}</p></body></html>`;
}

const validity = "The link works for 24 hours. If you did not ask for it, you can ignore this email.";

export function confirmEmailMail(url: string): MailContent {
  const subject = `Confirm your email address for ${site.name}`;
  const intro = `Welcome to ${site.name}! Confirm your email address to finish signing up.`;
  return {
    subject,
    text: `${intro}\n\n${url}\n\n${validity}\n`,
    html: layout("Confirm your email address", [intro, validity], { label: "Confirm my email", url }),
  };
}

export function signInMail(url: string): MailContent {
  const intro = `Use this link to sign in to ${site.name}.`;
  return {
    subject: `Your sign-in link for ${site.name}`,
    text: `${intro}\n\n${url}\n\n${validity}\n`,
    html: layout("Sign in", [intro, validity], { label: "Sign in", url }),
  };
}

export function welcomeMail(url: string): MailContent {
  const intro = `Welcome to ${site.name}! One of the club's admins added you as a member. Use this link to sign in and choose what you like to read.`;
  return {
    subject: `Welcome to ${site.name}`,
    text: `${intro}\n\n${url}\n\n${validity}\n`,
    html: layout(`Welcome to ${site.name}`, [intro, validity], { label: "Sign in", url }),
  };
}

export function emailChangeMail(url: string): MailContent {
  const intro = `Someone asked to use this address for their account at ${site.name}. If it was you, confirm it with this link: your address changes only when you do.`;
  return {
    subject: `Confirm your new email address for ${site.name}`,
    text: `${intro}\n\n${url}\n\n${validity}\n`,
    html: layout("Confirm your new email address", [intro, validity], { label: "Confirm new address", url }),
  };
}

export function emailChangeNoticeMail(newAddress: string, signinUrl: string): MailContent {
  const intro = `Someone signed in to your account at ${site.name} asked to change its email address to ${newAddress}. Nothing changes unless the link we sent to that address is opened.`;
  const notYou = `If this wasn't you, sign in with this address and change it back, or ask the club's organisers for help:`;
  return {
    subject: `Your email address at ${site.name} is being changed`,
    text: `${intro}\n\n${notYou}\n\n${signinUrl}\n`,
    html: layout("Your email address is being changed", [intro, notYou], {
      label: "Sign in",
      url: signinUrl,
    }),
  };
}

export function noAccountMail(signupUrl: string): MailContent {
  const intro = `Someone asked for a sign-in link to ${site.name} for this address, but there is no account yet — sign up here:`;
  const ignore = "If it was not you, you can ignore this email.";
  return {
    subject: `No account yet at ${site.name}`,
    text: `${intro}\n\n${signupUrl}\n\n${ignore}\n`,
    html: layout("No account yet", [intro, ignore], { label: "Sign up", url: signupUrl }),
  };
}
