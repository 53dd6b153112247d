import type { Namespace } from './channels';
import type { CallInput, CallOutput, MethodName } from './contract';
import type { EventMap } from './events';
import type { Result } from './result';

/** A call's function: the argument is optional when the call accepts no input. */
export type CallFn<N extends Namespace, M extends MethodName<N>> =
  undefined extends CallInput<N, M>
    ? (input?: CallInput<N, M>) => Promise<Result<CallOutput<N, M>>>
    : (input: CallInput<N, M>) => Promise<Result<CallOutput<N, M>>>;

/**
 * What the preload puts on `window.api` (and what the preview's HTTP bridge imitates): one function
 * per contract call, answering Results, plus a subscription to main → renderer events.
 */
export type Bridge = { [N in Namespace]: { [M in MethodName<N>]: CallFn<N, M> } } & {
  on<E extends keyof EventMap>(event: E, listener: (payload: EventMap[E]) => void): () => void;
};
