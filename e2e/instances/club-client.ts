import type { APIRequestContext } from "@playwright/test";
import { serverActionsIn } from "../support/server-actions";
import { mailsIn } from "../support/smtp-capture";
import { instances } from "./instances-env";

/** The server actions of the build, by name, as a browser's forms and checkboxes call them. */
const actions = Object.fromEntries(
  [
    "app/(public)/signup/actions.ts",
    "app/(public)/confirm/actions.ts",
    "app/(member)/profile/actions.ts",
  ].flatMap((file) => serverActionsIn(file).map((action) => [action.name.split("#")[1]!, action.id])),
);

export type Choices = { firstName: string; lastName: string; newsletter: boolean; interests: string[] };

/** The mails the SMTP server received for `address`. */
export function mailsTo(address: string): { text: string }[] {
  return mailsIn(instances.mailboxDir, address);
}

/**
 * A member as the app sees one: a cookie jar (`request`) whose every change is a server action posted to
 * one of the servers, exactly as the page's form or checkbox posts it.
 */
export class ClubMember {
  constructor(
    readonly email: string,
    private readonly request: APIRequestContext,
  ) {}

  private async act(
    server: string,
    page: string,
    action: string,
    args: unknown[],
    fields: [string, string][] = [],
  ) {
    // As React sends it: the form's fields first, the arguments ("0", naming the fields as "$K1") last.
    const form = new FormData();
    for (const [name, value] of fields) form.append(`_1_${name}`, value);
    form.append("0", JSON.stringify(args));
    const response = await this.request.post(`${server}${page}`, {
      headers: { "Next-Action": actions[action]!, Origin: server, Accept: "text/x-component" },
      multipart: form,
    });
    if (response.status() >= 400) throw new Error(`${action} on ${server}${page}: HTTP ${response.status()}`);
  }

  private static choiceFields(choices: Choices): [string, string][] {
    return [
      ["firstName", choices.firstName],
      ["lastName", choices.lastName],
      ...(choices.newsletter ? ([["newsletter", "on"]] as [string, string][]) : []),
      ...choices.interests.map((id): [string, string] => ["interests", id]),
    ];
  }

  signUp(server: string, choices: Choices) {
    const fields = ClubMember.choiceFields(choices);
    return this.act(
      server,
      "/signup",
      "signupAction",
      [{ status: "idle" }, "$K1"],
      [["email", this.email], ["website", ""], ...fields],
    );
  }

  /** Follows the mailed link on `server`: the page's "Confirm my email", with these choices. */
  confirm(server: string, choices: Choices) {
    const [mail] = mailsTo(this.email);
    const link = new URL(/https?:\/\/\S+/.exec(mail!.text)![0]).searchParams;
    const fields: [string, string][] = [
      ["email", link.get("email")!],
      ["token", link.get("token")!],
      ...ClubMember.choiceFields(choices),
    ];
    return this.act(server, "/confirm", "confirmEmailAction", [{ status: "idle" }, "$K1"], fields);
  }

  setPreference(
    server: string,
    change: { kind: "newsletter"; value: boolean } | { kind: "interest"; interestId: string; value: boolean },
  ) {
    return this.act(server, "/profile", "savePreferenceAction", [change]);
  }

  rename(server: string, firstName: string, lastName: string) {
    return this.act(
      server,
      "/profile",
      "updateNameAction",
      [{ status: "idle" }, "$K1"],
      [
        ["firstName", firstName],
        ["lastName", lastName],
      ],
    );
  }

  deleteAccount(server: string) {
    return this.act(server, "/profile", "deleteAccountAction", ["$K1"]);
  }
}
