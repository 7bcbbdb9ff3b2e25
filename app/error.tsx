"use client";

import { ErrorNotice } from "./_components/error-notice";

export default function Error({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} />;
}
