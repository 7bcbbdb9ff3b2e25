import { exportOwnData } from "@/lib/data/own-account";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** "Download my data": the signed-in member's own data as JSON (the data layer checks the session). */
export async function GET(request: Request) {
  let data: Awaited<ReturnType<typeof exportOwnData>>;
  try {
    data = await exportOwnData();
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
      return Response.redirect(new URL("/signin", request.url), 303);
    }
    throw error;
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-book-club-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
