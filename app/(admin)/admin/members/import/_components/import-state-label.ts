const LABELS: Record<string, string> = {
  draft: "Uploaded: choose the columns",
  previewed: "Previewed: waiting for you to import",
  queued: "Waiting to start",
  running: "Importing",
  done: "Done",
  failed: "Failed",
};

export const importStateLabel = (state: string) => LABELS[state] ?? state;
