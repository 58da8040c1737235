// Every call from the renderer goes through here: the method must exist, its argument must pass the
// contract's schema, and whatever happens comes back as a Result — never a thrown error.
import { contract, type MethodName } from "../../shared/ipc";
import { fail, ok, type Result } from "../../shared/result";
import { CaseError } from "../store/case-error";
import type { Service } from "./service";

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === "string" && Object.hasOwn(contract, name);
}

export async function dispatch(service: Service, name: unknown, arg: unknown): Promise<Result<unknown>> {
  if (!isMethodName(name)) return fail("unknown-method", `There is no method ${JSON.stringify(name)}.`);
  const parsed = contract[name].input.safeParse(arg ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail("invalid-argument", `${name}: ${issue?.path.join(".") || "argument"}: ${issue?.message ?? "invalid"}`);
  }
  try {
    const call = service[name] as (args: unknown) => unknown;
    return ok(await call(parsed.data));
  } catch (error) {
    if (error instanceof CaseError) return fail(error.code, error.message);
    return fail("internal", `${name} failed: ${(error as Error)?.message ?? String(error)}`);
  }
}
