import type { Metadata } from "next";

/**
 * The referrer policy of a page an e-mailed link opens (its URL holds the link's secret): no other site ever
 * sees the URL, while the page's own form still posts with its Origin, which Next requires of a server action
 * (under "no-referrer", Chromium posts a form without JavaScript with `Origin: null`, and Next refuses it).
 */
export const LINK_PAGE_REFERRER: Metadata["referrer"] = "same-origin";
