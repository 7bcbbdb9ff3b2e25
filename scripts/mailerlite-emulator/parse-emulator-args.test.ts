import { describe, expect, it } from "vitest";
import { parseEmulatorArgs } from "./parse-emulator-args";

describe("parseEmulatorArgs", () => {
  it("has MailerLite-like defaults on port 4010", () => {
    expect(parseEmulatorArgs([], {})).toEqual({
      port: 4010,
      host: "127.0.0.1",
      apiKey: "test-key",
      acceptAnyKey: false,
      rateLimitPerMinute: 120,
      importsPerMinute: 5,
      timeScale: 1,
      seed: 1,
      stateFile: "data/mailerlite-emulator.json",
      quiet: false,
      help: false,
    });
  });

  it("keeps the account in a file under data/ unless told where, or to keep it in memory only", () => {
    expect(parseEmulatorArgs(["--state-file", "/tmp/ml.json"], {}).stateFile).toBe("/tmp/ml.json");
    expect(parseEmulatorArgs([], { MAILERLITE_EMULATOR_STATE_FILE: "x.json" }).stateFile).toBe("x.json");
    expect(parseEmulatorArgs(["--in-memory"], {})).not.toHaveProperty("stateFile");
    expect(parseEmulatorArgs([], { MAILERLITE_EMULATOR_IN_MEMORY: "1" })).not.toHaveProperty("stateFile");
  });

  it("reads MAILERLITE_EMULATOR_* variables, and flags win over them", () => {
    const env = {
      MAILERLITE_EMULATOR_PORT: "5000",
      MAILERLITE_EMULATOR_API_KEY: "env-key",
      MAILERLITE_EMULATOR_ANY_KEY: "1",
      MAILERLITE_EMULATOR_RATE_LIMIT: "60",
      MAILERLITE_EMULATOR_TIME_SCALE: "0.1",
      MAILERLITE_EMULATOR_FAULTS: '{"serverErrorRate":0.1}',
      MAILERLITE_EMULATOR_SEED: "",
    };
    expect(parseEmulatorArgs([], env)).toMatchObject({
      port: 5000,
      apiKey: "env-key",
      acceptAnyKey: true,
      rateLimitPerMinute: 60,
      timeScale: 0.1,
      seed: 1,
      faults: { serverErrorRate: 0.1 },
    });
    const args = [
      "--port",
      "4020",
      "--api-key",
      "flag-key",
      "--faults",
      '{"dropRate":0.2,"hangMs":500}',
      "--quiet",
    ];
    expect(parseEmulatorArgs(args, env)).toMatchObject({
      port: 4020,
      apiKey: "flag-key",
      faults: { dropRate: 0.2, hangMs: 500 },
      quiet: true,
    });
  });

  it("names every bad value", () => {
    expect(() => parseEmulatorArgs(["--port", "x", "--time-scale", "0"], {})).toThrow(
      /Invalid option port.*\n.*Invalid option timeScale/,
    );
    expect(() => parseEmulatorArgs(["--faults", "{"], {})).toThrow(/faults: must be JSON/);
    expect(() => parseEmulatorArgs(["--faults", '{"dropRate":3}'], {})).toThrow(/faults\.dropRate/);
    expect(() => parseEmulatorArgs(["--bogus"], {})).toThrow();
  });
});
