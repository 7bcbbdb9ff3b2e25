import autocannon from "autocannon";

export type LoadSpec = {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** The body of the n-th request (n counts from `firstNumber`, default 1, across all connections). */
  body?: (n: number) => string;
  /** Cookies to spread over the connections (one per connection, round robin). */
  cookies?: string[];
  /** Whether a response counts as done (default: a 2xx or 3xx). `n` is the request's number. */
  accepted?: (status: number, headers: Record<string, unknown>, body: string) => boolean;
  firstNumber?: number;
  connections: number;
  seconds: number;
  /** Stop after this many requests instead (a burst). */
  amount?: number;
};

export type LoadResult = {
  requests: number;
  accepted: number;
  rate: number;
  p50: number;
  p95: number;
  p99: number;
  /** The numbers of the requests that were accepted. */
  acceptedNumbers: number[];
  errors: number;
  statuses: Record<number, number>;
};

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Runs `connections` keep-alive clients against one endpoint for `seconds`; latencies in ms. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  let sequence = (spec.firstNumber ?? 1) - 1;
  let connection = 0;
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const acceptedNumbers: number[] = [];
  const isAccepted = spec.accepted ?? ((status: number) => status >= 200 && status < 400);
  type Context = { n?: number; cookie?: string };
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const instance = autocannon(
    {
      url: spec.url,
      connections: spec.connections,
      ...(spec.amount ? { amount: spec.amount } : { duration: spec.seconds }),
      requests: [
        {
          method: spec.method ?? "GET",
          setupRequest: (request, raw) => {
            const context = raw as Context;
            context.n = ++sequence;
            if (spec.cookies && context.cookie === undefined)
              context.cookie = spec.cookies[connection++ % spec.cookies.length];
            return {
              ...request,
              headers: { ...spec.headers, ...(context.cookie ? { cookie: context.cookie } : {}) },
              ...(spec.body ? { body: spec.body(context.n) } : {}),
            };
          },
          onResponse: (status, body, raw, headers) => {
            statuses[status] = (statuses[status] ?? 0) + 1;
            if (isAccepted(status, headers as Record<string, unknown>, body))
              acceptedNumbers.push((raw as Context).n!);
          },
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await done;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    accepted: acceptedNumbers.length,
    rate: acceptedNumbers.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    acceptedNumbers,
    errors: result.errors + result.timeouts,
    statuses,
  };
}
