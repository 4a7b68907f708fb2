// Query strings → the plain objects the zod schemas in contract.ts parse. List parameters may
// repeat (`country=RU&country=KP`); every other parameter takes its first value.
const LIST_PARAMS = new Set(["country", "actor"]);

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export function searchParamsToInput(params: URLSearchParams | SearchParamsRecord): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([key, value]) =>
          value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [key, v]),
        );
  for (const [key, value] of entries) {
    if (LIST_PARAMS.has(key)) {
      const list = input[key];
      input[key] = Array.isArray(list) ? [...list, value] : [value];
    } else if (!(key in input)) {
      input[key] = value;
    }
  }
  return input;
}
