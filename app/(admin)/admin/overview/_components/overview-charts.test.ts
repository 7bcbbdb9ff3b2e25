import { describe, expect, it } from "vitest";
import { overviewCharts } from "./overview-charts";

describe("overviewCharts", () => {
  it("labels each month, the newsletter's share, the interests and the sync's states", () => {
    const charts = overviewCharts({
      members: 7,
      confirmed: 6,
      months: [
        { start: new Date("2025-12-01T00:00:00Z"), members: 3, joined: 1 },
        { start: new Date("2026-01-01T00:00:00Z"), members: 7, joined: 4 },
      ],
      newsletter: { subscribed: 3, stopped: 1, none: 2 },
      interests: [
        { name: "Romance", members: 4 },
        { name: "True crime", members: 2 },
      ],
      sync: { synced: 5, pending: 1, failed: 0 },
    });
    expect(charts).toEqual({
      months: [
        { label: "Dec 2025", short: "Dec", value: 3, joined: 1 },
        { label: "Jan 2026", short: "Jan", value: 7, joined: 4 },
      ],
      newsletter: [
        { label: "Newsletter", value: 3 },
        { label: "Stopped in MailerLite", value: 1 },
        { label: "No newsletter", value: 2 },
      ],
      interests: [
        { label: "Romance", value: 4 },
        { label: "True crime", value: 2 },
      ],
      sync: [
        { label: "In step", value: 5 },
        { label: "Waiting to sync", value: 1 },
        { label: "Failed", value: 0 },
      ],
    });
  });
});
