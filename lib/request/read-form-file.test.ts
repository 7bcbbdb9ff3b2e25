import { describe, expect, it } from "vitest";
import { readFormFile } from "./read-form-file";

const upload = async (content: string | null, init: { declare?: number } = {}) => {
  const form = new FormData();
  if (content !== null) form.append("file", new File([content], "members.csv", { type: "text/csv" }));
  form.append("note", "kept apart");
  const encoded = new Response(form);
  const headers: Record<string, string> = { "content-type": encoded.headers.get("content-type")! };
  if (init.declare !== undefined) headers["content-length"] = String(init.declare);
  return new Request("http://app.test/upload", {
    method: "POST",
    body: await encoded.arrayBuffer(),
    headers,
  });
};

describe("readFormFile", () => {
  it("gives the file's name and bytes", async () => {
    expect(await readFormFile(await upload("email\nann@club.test\n"), "file", 1024)).toEqual({
      name: "members.csv",
      bytes: new TextEncoder().encode("email\nann@club.test\n"),
    });
  });

  it("refuses a file over the limit, and a body whose declared length is over it with the form's room", async () => {
    expect(await readFormFile(await upload("x".repeat(1025)), "file", 1024)).toBe("too-large");
    expect(await readFormFile(await upload("x", { declare: 1024 * 1024 }), "file", 1024)).toBe("too-large");
  });

  it("finds no file in an empty field, a missing one or a body that is not a form", async () => {
    expect(await readFormFile(await upload(""), "file", 1024)).toBeNull();
    expect(await readFormFile(await upload(null), "file", 1024)).toBeNull();
    const text = new Request("http://app.test/upload", { method: "POST", body: "file=x" });
    expect(await readFormFile(text, "file", 1024)).toBeNull();
  });
});
