"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { SyncProgress } from "@/lib/data/admin-sync";
import { syncProgressAction } from "../actions";

/**
 * The backlog as it drains: polled every two seconds while there is work (React Query pauses while the tab is
 * hidden); the rest of the page is re-rendered when the numbers move.
 */
export function LiveProgress({ initial }: { initial: SyncProgress }) {
  const router = useRouter();
  const { data = initial } = useQuery({
    queryKey: ["sync-progress"],
    queryFn: () => syncProgressAction(),
    initialData: initial,
    refetchInterval: (query) => ((query.state.data?.pending ?? 0) > 0 ? 2000 : 10_000),
  });
  const seen = useRef(`${initial.pending}/${initial.failed}`);
  useEffect(() => {
    const now = `${data.pending}/${data.failed}`;
    if (now !== seen.current) {
      seen.current = now;
      router.refresh();
    }
  }, [data, router]);
  const total = data.done + data.pending;
  return (
    <section aria-labelledby="progress-heading" className="space-y-2">
      <h2 id="progress-heading" className="text-xl font-semibold">
        Progress
      </h2>
      {data.pending === 0 ? (
        <p role="status">
          Nothing is waiting: every change has reached MailerLite
          {data.failed > 0 ? `, but ${data.failed} failed` : ""}.
        </p>
      ) : (
        <>
          <ProgressBar
            id="sync-progress"
            label={`${data.done} of ${total} changes synced, ${data.pending} remaining`}
            done={data.done}
            total={total}
          />
          <p role="status" className="text-sm text-stone-700">
            {data.perMinute} a minute
            {data.minutesLeft !== null
              ? `; about ${data.minutesLeft} minute${data.minutesLeft === 1 ? "" : "s"} left`
              : ""}
          </p>
        </>
      )}
    </section>
  );
}
