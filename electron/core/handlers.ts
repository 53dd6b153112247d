import type { MethodName, ParsedInput, CallOutput } from '../../shared/api/contract';
import type { Namespace } from '../../shared/api/channels';
import type { CoreContext } from './context';

/** A feature's slice of the contract: one function per call, input already parsed by zod. */
export type FeatureHandlers<N extends Namespace> = {
  [M in MethodName<N>]: (
    input: ParsedInput<N, M>,
    ctx: CoreContext,
  ) => Promise<CallOutput<N, M>> | CallOutput<N, M>;
};

export type Handlers = { [N in Namespace]: FeatureHandlers<N> };
