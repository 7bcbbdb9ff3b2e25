/** Where `npm run mailerlite:emulator` and a local `npm start` keep the emulated account across restarts. */
export const DEFAULT_STATE_FILE = "data/mailerlite-emulator.json";
