/** Loads the engine chunk once; a failed load (e.g. the add-in server was unreachable) is tried again next time. */
export type Engine = typeof import('./index');

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  loading ??= import(/* webpackChunkName: "engine" */ './index').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
